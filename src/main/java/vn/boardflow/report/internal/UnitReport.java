package vn.boardflow.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Map;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.report.UnitReports.ReportEntry;
import vn.boardflow.shared.RuleViolation;

/**
 * A unit's report of one period, on the form version the period opened with. It guards its own steps: written
 * while open, drafted or returned (and not locked), sent once under a key, returned or accepted by the
 * secretariat, reopened by it after acceptance or once entry locked.
 */
@Entity
@Table(name = "unit_report")
class UnitReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_id", nullable = false, updatable = false)
    private long formId;

    @Column(name = "form_version_id", nullable = false, updatable = false)
    private long formVersionId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, updatable = false)
    private PeriodType periodType;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int periodYear;

    @Column(name = "period_number", nullable = false, updatable = false)
    private int periodNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Embedded
    private ReportContent content = new ReportContent();

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    /** {@code null} as Hibernate loads a report never sent, whose columns are all empty. */
    @Embedded
    private ReportSending sending = new ReportSending();

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(nullable = false)
    private int reopened;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected UnitReport() {
    }

    UnitReport(ReportFormId formId, long formVersionId, UnitId unitId, ReportPeriod period, Instant openedAt) {
        this.formId = formId.value();
        this.formVersionId = formVersionId;
        this.unitId = unitId.value();
        this.periodType = period.type();
        this.periodYear = period.year();
        this.periodNumber = period.number();
        this.status = ReportStatus.OPEN;
        this.openedAt = openedAt;
    }

    /**
     * Entry locks for a report the unit never sent once the form's lock date has passed; a returned or reopened
     * report stays open to its unit, since the secretariat asked for it.
     */
    boolean lockedOn(boolean pastLockDate) {
        return pastLockDate && (status == ReportStatus.OPEN || status == ReportStatus.DRAFT) && reopened == 0;
    }

    boolean late(ReportSchedule schedule, LocalDate today) {
        return sending().late(schedule.onTimeUntil(period()), today);
    }

    boolean writable(boolean pastLockDate) {
        return status.beingWritten() && !lockedOn(pastLockDate);
    }

    void save(ReportEntry entry, boolean pastLockDate, String by, Instant at) {
        requireWritable(pastLockDate);
        content.keep(entry);
        if (status == ReportStatus.OPEN) {
            status = ReportStatus.DRAFT;
        }
        this.savedAt = at;
        this.savedBy = by;
    }

    /** Whether a send under this key repeats the one made; another send of a report already in is refused. */
    boolean repeats(String key) {
        RuleViolation.require(key != null && !key.isBlank(), "report.error.submissionKeyRequired");
        if (status.counted() && sending().under(key)) {
            return true;
        }
        RuleViolation.require(status.beingWritten(), "report.error.alreadySubmitted");
        return false;
    }

    /** Sends the report; whether it was on time is judged by its first sending. */
    void submit(String key, ReportEntry entry, boolean pastLockDate, boolean inTime, String by, Instant at) {
        requireWritable(pastLockDate);
        content.keep(entry);
        this.status = ReportStatus.SUBMITTED;
        sending().sent(key, by, at, inTime);
        this.savedAt = at;
        this.savedBy = by;
        this.returnComment = null;
    }

    /**
     * A report the unit sent outside BoardFlow, recorded and accepted by the secretariat at once; whether it came
     * on time is the day it came.
     */
    void received(ReportEntry entry, boolean inTime, Instant receivedAt, String by, Instant at) {
        RuleViolation.require(status.beingWritten() && reopened == 0, "report.error.alreadySubmitted");
        content.keep(entry);
        sending().sent("received", by, receivedAt, inTime);
        this.status = ReportStatus.ACCEPTED;
        this.savedAt = at;
        this.savedBy = by;
        this.acceptedAt = at;
        this.acceptedBy = by;
    }

    void returnToUnit(String comment) {
        require(status == ReportStatus.SUBMITTED);
        this.status = ReportStatus.RETURNED;
        this.returnComment = comment.strip();
    }

    void accept(String by, Instant at) {
        require(status == ReportStatus.SUBMITTED);
        this.status = ReportStatus.ACCEPTED;
        this.acceptedAt = at;
        this.acceptedBy = by;
    }

    boolean reopenable(boolean pastLockDate) {
        return status == ReportStatus.ACCEPTED || lockedOn(pastLockDate);
    }

    void reopen(boolean pastLockDate) {
        require(reopenable(pastLockDate));
        this.status = ReportStatus.DRAFT;
        this.acceptedAt = null;
        this.acceptedBy = null;
        this.reopened++;
    }

    void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    boolean remind(Instant at) {
        return sending().remind(at);
    }

    boolean noticeLate(Instant at) {
        return sending().noticeLate(at);
    }

    private ReportSending sending() {
        if (sending == null) {
            sending = new ReportSending();
        }
        return sending;
    }

    private void requireWritable(boolean pastLockDate) {
        RuleViolation.require(!lockedOn(pastLockDate), "report.error.locked");
        RuleViolation.require(status.beingWritten(), "report.error.notEditable");
    }

    private static void require(boolean allowed) {
        RuleViolation.require(allowed, "report.error.notAllowedNow");
    }

    void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("report.error.changedMeanwhile");
        }
    }

    UnitReportId reportId() {
        return UnitReportId.of(id);
    }

    ReportFormId formId() {
        return ReportFormId.of(formId);
    }

    long formVersionId() {
        return formVersionId;
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    ReportPeriod period() {
        return new ReportPeriod(periodType, periodYear, periodNumber);
    }

    String processInstanceId() {
        return processInstanceId;
    }

    ReportStatus status() {
        return status;
    }

    ReportEntry entry() {
        return content.entry();
    }

    Map<String, Long> figures() {
        return content.figures();
    }

    Instant submittedAt() {
        return sending().submittedAt();
    }

    String submittedBy() {
        return sending().submittedBy();
    }

    Boolean onTime() {
        return sending().onTime();
    }

    String returnComment() {
        return returnComment;
    }

    int reopened() {
        return reopened;
    }

    long version() {
        return version;
    }
}
