package vn.boardflow.report.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.report.UnitReports.ReportEntry;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/**
 * A unit's report of one period, on the form version the period opened with. It guards its own steps: written
 * while open, drafted or returned (and not locked), sent once under a key, returned or accepted by the
 * secretariat, reopened by it after acceptance or once entry locked.
 */
@Entity
@Table(name = "unit_report")
class UnitReport {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

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

    @ElementCollection
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "amount")
    private Map<String, Long> figures = new HashMap<>();

    @Column(name = "texts_json", nullable = false)
    private String textsJson;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "submission_key")
    private String submissionKey;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "on_time")
    private Boolean onTime;

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

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "late_noticed_at")
    private Instant lateNoticedAt;

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
        this.textsJson = StoredJson.write(Map.of());
        this.openedAt = openedAt;
    }

    /**
     * Entry locks for a report the unit never sent once the form's lock date has passed; a returned or reopened
     * report stays open to its unit, since the secretariat asked for it.
     */
    boolean lockedOn(boolean pastLockDate) {
        return pastLockDate && (status == ReportStatus.OPEN || status == ReportStatus.DRAFT) && reopened == 0;
    }

    /** Sent after the last day that counts as on time, or never sent and that day has passed. */
    boolean late(ReportSchedule schedule, LocalDate today) {
        if (onTime != null) {
            return !onTime;
        }
        return today.isAfter(schedule.onTimeUntil(period()));
    }

    boolean writable(boolean pastLockDate) {
        return status.beingWritten() && !lockedOn(pastLockDate);
    }

    void save(ReportEntry entry, boolean pastLockDate, String by, Instant at) {
        requireWritable(pastLockDate);
        keep(entry);
        if (status == ReportStatus.OPEN) {
            status = ReportStatus.DRAFT;
        }
        this.savedAt = at;
        this.savedBy = by;
    }

    /** Whether a send under this key repeats the one made; another send of a report already in is refused. */
    boolean repeats(String key) {
        if (key == null || key.isBlank()) {
            throw new RuleViolation("report.error.submissionKeyRequired");
        }
        if (status.counted() && key.equals(submissionKey)) {
            return true;
        }
        if (!status.beingWritten()) {
            throw new RuleViolation("report.error.alreadySubmitted");
        }
        return false;
    }

    /** Sends the report; whether it was on time is judged by its first sending. */
    void submit(String key, ReportEntry entry, boolean pastLockDate, boolean inTime, String by, Instant at) {
        requireWritable(pastLockDate);
        keep(entry);
        this.status = ReportStatus.SUBMITTED;
        this.submissionKey = key;
        this.submittedAt = at;
        this.submittedBy = by;
        this.savedAt = at;
        this.savedBy = by;
        this.returnComment = null;
        if (onTime == null) {
            this.onTime = inTime;
        }
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

    private void keep(ReportEntry entry) {
        entry.figures().values().forEach(value -> {
            if (value < 0) {
                throw new RuleViolation("report.error.negative");
            }
        });
        figures.keySet().retainAll(entry.figures().keySet());
        figures.putAll(entry.figures());
        Map<String, String> texts = new HashMap<>();
        entry.texts().forEach((key, text) -> texts.put(key, text.strip()));
        this.textsJson = StoredJson.write(texts);
    }

    private void requireWritable(boolean pastLockDate) {
        if (lockedOn(pastLockDate)) {
            throw new RuleViolation("report.error.locked");
        }
        if (!status.beingWritten()) {
            throw new RuleViolation("report.error.notEditable");
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new RuleViolation("report.error.notAllowedNow");
        }
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
        return new ReportEntry(figures, StoredJson.read(textsJson, TEXTS));
    }

    Map<String, Long> figures() {
        return Map.copyOf(figures);
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
