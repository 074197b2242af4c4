package vn.boardflow.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import vn.boardflow.report.FormField;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/** What a form asks and by when, as one version; it never changes, a revision is a new version. */
@Entity
@Table(name = "report_form_version")
class ReportFormVersion {

    private static final TypeReference<List<FormField>> FIELDS = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_id", nullable = false, updatable = false)
    private long formId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, updatable = false)
    private PeriodType periodType;

    @Column(name = "due_day", nullable = false, updatable = false)
    private int dueDay;

    @Column(name = "due_in_next_month", nullable = false, updatable = false)
    private boolean dueInNextMonth;

    @Column(name = "grace_days", nullable = false, updatable = false)
    private int graceDays;

    @Column(name = "lock_days", nullable = false, updatable = false)
    private int lockDays;

    @Column(name = "fields_json", nullable = false, updatable = false)
    private String fieldsJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ReportFormVersion() {
    }

    ReportFormVersion(ReportFormId formId, int number, ReportSchedule schedule, List<FormField> fields,
                      Instant createdAt, String createdBy) {
        requireUsable(fields);
        this.formId = formId.value();
        this.number = number;
        this.periodType = schedule.periodType();
        this.dueDay = schedule.dueDay();
        this.dueInNextMonth = schedule.dueInNextMonth();
        this.graceDays = schedule.graceDays();
        this.lockDays = schedule.lockDays();
        this.fieldsJson = StoredJson.write(fields);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A form asks at least one figure, and names each field once. */
    private static void requireUsable(List<FormField> fields) {
        if (fields.stream().noneMatch(FormField::numeric)) {
            throw new RuleViolation("report.error.noFigures");
        }
        Set<String> keys = new HashSet<>();
        for (FormField field : fields) {
            if (!keys.add(field.key())) {
                throw new RuleViolation("report.error.fieldTwice", field.label());
            }
        }
    }

    Long id() {
        return id;
    }

    int number() {
        return number;
    }

    ReportSchedule schedule() {
        return new ReportSchedule(periodType, dueDay, dueInNextMonth, graceDays, lockDays);
    }

    List<FormField> fields() {
        return StoredJson.read(fieldsJson, FIELDS);
    }
}
