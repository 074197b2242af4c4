package vn.boardflow.report;

import vn.boardflow.shared.ui.Badges;

/**
 * Where a unit's report of a period stands: opened with its period, written (saved as the officer types), sent
 * to the secretariat, returned with a comment, or accepted. Whether it is late is a matter of its dates.
 */
public enum ReportStatus {
    OPEN,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The unit still writes it. */
    public boolean beingWritten() {
        return this == OPEN || this == DRAFT || this == RETURNED;
    }

    /** Its figures count towards the year's cumulative: it has been sent, and not sent back. */
    public boolean counted() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /** Returned in red, accepted in green, waiting for the secretariat in grey, being written plain. */
    public Badges.Tone tone() {
        return switch (this) {
            case RETURNED -> Badges.Tone.ERROR;
            case ACCEPTED -> Badges.Tone.SUCCESS;
            case SUBMITTED -> Badges.Tone.CONTRAST;
            case OPEN, DRAFT -> Badges.Tone.NORMAL;
        };
    }

    public String messageKey() {
        return "report.status." + name();
    }
}
