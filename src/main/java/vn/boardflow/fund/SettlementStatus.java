package vn.boardflow.fund;

import vn.boardflow.shared.ui.Badges;

/**
 * Where a settlement dossier stands: written by the ward, received by the secretariat, checked by the accountant
 * (or returned to the ward with comments, then sent again), approved by the leader, paid or its advance cleared,
 * closed. An approved dossier's amounts and vouchers never change; a correction is a new dossier linked to it.
 */
public enum SettlementStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    RECEIVED,
    CHECKED,
    APPROVED,
    PAID,
    CLOSED;

    /** The ward still writes it: before it is sent, and when it came back. */
    public boolean beingWritten() {
        return this == DRAFT || this == RETURNED;
    }

    /** Approved or after: its amounts and vouchers are final. */
    public boolean approved() {
        return this == APPROVED || this == PAID || this == CLOSED;
    }

    /** Sent and not yet approved: what it asks for counts against the allocation already. */
    public boolean pending() {
        return this == SUBMITTED || this == RECEIVED || this == CHECKED;
    }

    public Badges.Tone tone() {
        return switch (this) {
            case RETURNED -> Badges.Tone.ERROR;
            case APPROVED, PAID, CLOSED -> Badges.Tone.SUCCESS;
            case DRAFT -> Badges.Tone.NORMAL;
            default -> Badges.Tone.CONTRAST;
        };
    }

    public String messageKey() {
        return "settlement.status." + name();
    }
}
