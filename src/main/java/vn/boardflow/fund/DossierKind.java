package vn.boardflow.fund;

/**
 * What a ward's dossier asks for: a settlement (hồ sơ thanh quyết toán) of spending with its vouchers, or an advance
 * (tạm ứng) of money to be spent and settled by a day. An advance stays open once paid until the dossier that
 * clears it is approved.
 */
public enum DossierKind {
    SETTLEMENT,
    ADVANCE;

    /** Its status as its page says it: an advance paid is open, an advance closed is cleared. */
    public String statusKey(SettlementStatus status) {
        return this == ADVANCE ? "advance.status." + status.name() : status.messageKey();
    }
}
