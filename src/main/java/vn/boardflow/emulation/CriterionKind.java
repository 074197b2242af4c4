package vn.boardflow.emulation;

/** How a criterion counts in the total: a scored criterion and a bonus add, a penalty takes away. */
public enum CriterionKind {
    SCORED(1), BONUS(1), PENALTY(-1);

    private final int sign;

    CriterionKind(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }

    public String messageKey() {
        return "emulation.kind." + name();
    }
}
