package vn.boardflow.plan;

/** What the signed-in user may do with a plan now, as the server decides it. */
public enum PlanAction {
    EDIT,
    SUBMIT,
    CANCEL,
    APPROVE,
    RETURN,
    SIGN_OFF,
    ISSUE
}
