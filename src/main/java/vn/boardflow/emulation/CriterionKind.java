package vn.boardflow.emulation;

/** How a criterion counts in the total: a scored criterion and a bonus add, a penalty takes away. */
public enum CriterionKind {
    SCORED(1, "Chấm điểm"), BONUS(1, "Điểm thưởng"), PENALTY(-1, "Điểm trừ");

    private final int sign;
    private final String label;

    CriterionKind(int sign, String label) {
        this.sign = sign;
        this.label = label;
    }

    /** The word the agreement prints, always Vietnamese. */
    public String label() {
        return label;
    }

    public int sign() {
        return sign;
    }

    public String messageKey() {
        return "emulation.kind." + name();
    }
}
