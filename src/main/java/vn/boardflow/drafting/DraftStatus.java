package vn.boardflow.drafting;

import vn.boardflow.shared.ui.Badges;


/**
 * Where a draft stands on its route. A returned draft is being written again, with the comment it came back
 * with; a draft awaiting issuance carries the leader's sign-off of one version.
 */
public enum DraftStatus {
    DRAFTING,
    RETURNED,
    IN_REVIEW,
    AWAITING_SIGNATURE,
    AWAITING_ISSUANCE,
    ISSUED,
    CANCELLED;

    public boolean beingWritten() {
        return this == DRAFTING || this == RETURNED;
    }

    /** Its drafters still change it: while written, and after sign-off, which a change sends back. */
    public boolean editable() {
        return beingWritten() || this == AWAITING_ISSUANCE;
    }

    /** Submitted and not yet signed: the drafter may take it back. */
    public boolean recallable() {
        return this == IN_REVIEW || this == AWAITING_SIGNATURE;
    }

    public boolean closed() {
        return this == ISSUED || this == CANCELLED;
    }

    /**
     * How every screen colours it, the plan's among them: back with its drafter in red, issued in green, being
     * written or cancelled plain, on its way in grey.
     */
    public Badges.Tone tone() {
        return switch (this) {
            case RETURNED -> Badges.Tone.ERROR;
            case ISSUED -> Badges.Tone.SUCCESS;
            case DRAFTING, CANCELLED -> Badges.Tone.NORMAL;
            default -> Badges.Tone.CONTRAST;
        };
    }

    public String messageKey() {
        return "draft.status." + name();
    }
}
