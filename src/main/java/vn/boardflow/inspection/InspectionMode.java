package vn.boardflow.inspection;

/** A team visits the ward, or checks the papers the ward sends. */
public enum InspectionMode {
    ON_SITE("Trực tiếp"),
    ON_PAPERS("Qua hồ sơ");

    private final String label;

    InspectionMode(String label) {
        this.label = label;
    }

    /** The words printed in plans, minutes and reports, which are always Vietnamese. */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "inspection.mode." + name();
    }
}
