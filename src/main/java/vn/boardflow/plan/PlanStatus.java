package vn.boardflow.plan;

/** Where a plan stands; a returned plan is a draft again, with the comment it came back with. */
public enum PlanStatus {
    DRAFT,
    RETURNED,
    IN_REVIEW,
    AWAITING_SIGNATURE,
    AWAITING_ISSUANCE,
    ISSUED,
    CANCELLED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The drafter may withdraw the plan until the reviewer has approved it. */
    public boolean cancellable() {
        return editable() || this == IN_REVIEW;
    }
}
