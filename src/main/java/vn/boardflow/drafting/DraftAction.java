package vn.boardflow.drafting;

/** What the signed-in user may do with a draft now, as the server decides it. */
public enum DraftAction {
    EDIT,
    SUBMIT,
    RECALL,
    CANCEL,
    APPROVE,
    RETURN,
    SIGN_OFF,
    ISSUE
}
