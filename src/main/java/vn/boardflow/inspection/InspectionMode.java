package vn.boardflow.inspection;

/** A team visits the ward, or checks the papers the ward sends. */
public enum InspectionMode {
    ON_SITE,
    ON_PAPERS;

    public String messageKey() {
        return "inspection.mode." + name();
    }
}
