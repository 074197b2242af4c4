package vn.boardflow.inspection.remedy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

/**
 * A shortfall the ward must put right by a deadline. It goes from open to reported (by the ward, with a
 * note) to accepted (by the team head), or back to open with the head's comment.
 */
@Entity
@Table(name = "remedial_task")
class RemedialTask {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ward_inspection_id", nullable = false, updatable = false)
    private long wardInspectionId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "ward_id", nullable = false, updatable = false)
    private long wardId;

    @Column(name = "criterion_code", updatable = false)
    private String criterionCode;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RemedyStatus status;

    @Column(name = "report_note")
    private String reportNote;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RemedialTask() {
    }

    /** Checks the head's draft: a description within bounds, a deadline no earlier than today. */
    RemedialTask(long wardInspectionId, long roundId, UnitId wardId, RemedyDraft draft, LocalDate today, Instant at) {
        String text = draft.description() == null ? "" : draft.description().strip();
        if (text.isEmpty()) {
            throw new RuleViolation("remedy.error.descriptionRequired");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleViolation("remedy.error.tooLong", MAX_TEXT);
        }
        if (draft.deadline() == null) {
            throw new RuleViolation("remedy.error.deadlineRequired", text);
        }
        if (draft.deadline().isBefore(today)) {
            throw new RuleViolation("remedy.error.deadlinePast", text);
        }
        this.wardInspectionId = wardInspectionId;
        this.roundId = roundId;
        this.wardId = wardId.value();
        this.criterionCode = draft.criterionCode();
        this.description = text;
        this.deadline = draft.deadline();
        this.status = RemedyStatus.OPEN;
        this.createdAt = at;
    }

    void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("remedy.error.changedMeanwhile");
        }
    }

    void report(String note, String by, Instant at) {
        if (status != RemedyStatus.OPEN) {
            throw new RuleViolation("remedy.error.notOpen");
        }
        this.reportNote = checkedText(note, "remedy.error.noteRequired");
        this.reportedBy = by;
        this.reportedAt = at;
        this.status = RemedyStatus.REPORTED;
    }

    void accept(String by, Instant at) {
        checkReported();
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = null;
        this.status = RemedyStatus.ACCEPTED;
    }

    void sendBack(String comment, String by, Instant at) {
        checkReported();
        this.reviewComment = checkedText(comment, "remedy.error.commentRequired");
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.status = RemedyStatus.OPEN;
    }

    private void checkReported() {
        if (status != RemedyStatus.REPORTED) {
            throw new RuleViolation("remedy.error.notReported");
        }
    }

    private static String checkedText(String text, String requiredKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(requiredKey);
        }
        if (stripped.length() > MAX_TEXT) {
            throw new RuleViolation("remedy.error.tooLong", MAX_TEXT);
        }
        return stripped;
    }

    /** Accepted, and reported done on or before its deadline (the report the head accepted). */
    boolean putRightInTime() {
        return status == RemedyStatus.ACCEPTED
                && !LocalDate.ofInstant(reportedAt, VietnameseDates.ZONE).isAfter(deadline);
    }

    boolean overdue(LocalDate today) {
        return status == RemedyStatus.OPEN && today.isAfter(deadline);
    }

    Long id() {
        return id;
    }

    long wardInspectionId() {
        return wardInspectionId;
    }

    long roundId() {
        return roundId;
    }

    UnitId wardId() {
        return UnitId.of(wardId);
    }

    String criterionCode() {
        return criterionCode;
    }

    String description() {
        return description;
    }

    LocalDate deadline() {
        return deadline;
    }

    RemedyStatus status() {
        return status;
    }

    String reportNote() {
        return reportNote;
    }

    String reviewComment() {
        return reviewComment;
    }

    long version() {
        return version;
    }
}
