package vn.boardflow.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a report was sent: under which key (a repeated send under it is the same one), by whom and when, whether
 * on time (judged by its first sending), and the reminder and late notice it was given, once each and only while
 * never sent.
 */
@Embeddable
class ReportSending {

    @Column(name = "submission_key")
    private String submissionKey;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "late_noticed_at")
    private Instant lateNoticedAt;

    boolean under(String key) {
        return key.equals(submissionKey);
    }

    void sent(String key, String by, Instant at, boolean inTime) {
        this.submissionKey = key;
        this.submittedAt = at;
        this.submittedBy = by;
        if (onTime == null) {
            this.onTime = inTime;
        }
    }

    /** Sent after the last day that counts as on time, or never sent and that day has passed. */
    boolean late(LocalDate onTimeUntil, LocalDate today) {
        return onTime != null ? !onTime : today.isAfter(onTimeUntil);
    }

    /**
     * Whether the reminder before the deadline is due to go out: once, and only for a report never sent (a report
     * returned after it was sent is the secretariat's business, not a reminder's).
     */
    boolean remind(Instant at) {
        if (remindedAt != null || submittedAt != null) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** Whether the late notice is due to go out: once, and only for a report never sent. */
    boolean noticeLate(Instant at) {
        if (lateNoticedAt != null || submittedAt != null) {
            return false;
        }
        lateNoticedAt = at;
        return true;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String submittedBy() {
        return submittedBy;
    }

    Boolean onTime() {
        return onTime;
    }
}
