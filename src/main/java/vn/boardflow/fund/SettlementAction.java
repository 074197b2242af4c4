package vn.boardflow.fund;

/** What a user may do with a dossier now, as its page offers it. */
public enum SettlementAction {
    /** The ward writes it: vouchers and their scans. */
    EDIT,
    SUBMIT,
    /** The secretariat receives it. */
    RECEIVE,
    /** The accountant returns it to the ward, or passes it. */
    CHECK,
    /** The leader approves it, or sends it back to the accountant. */
    APPROVE,
    /** The accountant pays it or clears its advance. */
    PAY,
    CLOSE,
    /** The ward opens the dossier that settles its advance, once the advance is paid. */
    CLEAR,
    /** The ward opens a dossier correcting an approved one, whose own amounts and vouchers never change. */
    CORRECT
}
