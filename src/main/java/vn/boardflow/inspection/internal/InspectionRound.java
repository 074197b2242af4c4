package vn.boardflow.inspection.internal;

import jakarta.persistence.AttributeOverride;
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
import java.util.Optional;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/** A body's round for a year and period. Its schedule is edited while it is a draft and fixed once confirmed. */
@Entity
@Table(name = "inspection_round")
public class InspectionRound {

    static final int MAX_PURPOSE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "round_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InspectionPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "self_assessment", nullable = false)
    private boolean selfAssessment;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "schedule_json", nullable = false)
    private String scheduleJson;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** The draft of the Kế hoạch kiểm tra on the document route, until it is issued or cancelled. */
    @Column(name = "plan_draft_id")
    private Long planDraftId;

    /** The draft of the Báo cáo kết quả on the document route, until it is issued or cancelled. */
    @Column(name = "report_draft_id")
    private Long reportDraftId;

    /** The Kế hoạch kiểm tra, once issued. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "plan_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "plan_symbol"))
    private DocumentRef plan;

    /** The Báo cáo kết quả, which closes the round. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "report_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "report_symbol"))
    private DocumentRef report;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Version
    private long version;

    protected InspectionRound() {
    }

    InspectionRound(IssuingBodyId issuingBodyId, UnitId unitId, int year, InspectionPeriod period, long templateId,
                    boolean selfAssessment, String purpose, Instant openedAt, String openedBy) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("inspection.error.year");
        }
        if (period == null) {
            throw new RuleViolation("inspection.error.periodRequired");
        }
        this.issuingBodyId = issuingBodyId.value();
        this.unitId = unitId.value();
        this.year = year;
        this.period = period;
        this.status = RoundStatus.DRAFT;
        this.templateId = templateId;
        this.selfAssessment = selfAssessment;
        this.purpose = checkedPurpose(purpose);
        this.scheduleJson = StoredJson.write(new InspectionSchedule(null, null));
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    private static String checkedPurpose(String purpose) {
        String text = purpose == null ? "" : purpose.strip();
        if (text.length() > MAX_PURPOSE) {
            throw new RuleViolation("inspection.error.purposeTooLong", MAX_PURPOSE);
        }
        return text;
    }

    void revise(long expectedVersion, long templateId, boolean selfAssessment, String purpose) {
        checkVersion(expectedVersion);
        if (status != RoundStatus.DRAFT) {
            throw new RuleViolation("inspection.error.notDraft");
        }
        this.templateId = templateId;
        this.selfAssessment = selfAssessment;
        this.purpose = checkedPurpose(purpose);
    }

    void reschedule(long expectedVersion, InspectionSchedule schedule) {
        checkVersion(expectedVersion);
        if (status != RoundStatus.DRAFT) {
            throw new RuleViolation("inspection.error.scheduleFixed");
        }
        this.scheduleJson = StoredJson.write(schedule);
    }

    void confirmSchedule(long expectedVersion) {
        checkVersion(expectedVersion);
        if (status != RoundStatus.DRAFT) {
            throw new RuleViolation("inspection.error.scheduleFixed");
        }
        status = RoundStatus.SCHEDULED;
    }

    /** The inspection plan is drafted once, from the confirmed schedule, and issued as drafted. */
    void planDrafted(DraftId draft) {
        if (status == RoundStatus.DRAFT) {
            throw new RuleViolation("inspection.error.notScheduled");
        }
        if (this.plan != null) {
            throw new RuleViolation("inspection.error.planIssued", this.plan.symbol());
        }
        this.planDraftId = draft.value();
    }

    void planIssued(DocumentRef plan) {
        this.plan = plan;
        this.planDraftId = null;
    }

    /** The summary report is drafted once every ward is closed; issued, it closes the round. */
    void reportDrafted(DraftId draft) {
        if (status != RoundStatus.SCHEDULED) {
            throw new RuleViolation("inspection.error.notReportable");
        }
        this.reportDraftId = draft.value();
    }

    void reportIssued(DocumentRef report) {
        if (status != RoundStatus.SCHEDULED) {
            throw new RuleViolation("inspection.error.notReportable");
        }
        this.report = report;
        this.reportDraftId = null;
        this.status = RoundStatus.CLOSED;
    }

    /** A paper's draft cancelled on its route: the organisers may draft it again. */
    void paperCancelled(DraftId draft) {
        if (Long.valueOf(draft.value()).equals(planDraftId)) {
            planDraftId = null;
        }
        if (Long.valueOf(draft.value()).equals(reportDraftId)) {
            reportDraftId = null;
        }
    }

    /** The paper's draft on its way, if one is. */
    Optional<DraftId> planDraft() {
        return Optional.ofNullable(planDraftId).map(DraftId::of);
    }

    Optional<DraftId> reportDraft() {
        return Optional.ofNullable(reportDraftId).map(DraftId::of);
    }

    private void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("inspection.error.changedMeanwhile");
        }
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    InspectionSchedule schedule() {
        return StoredJson.read(scheduleJson, InspectionSchedule.class);
    }

    public Long id() {
        return id;
    }

    public RoundId roundId() {
        return RoundId.of(id);
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    public long templateId() {
        return templateId;
    }

    public int year() {
        return year;
    }

    public InspectionPeriod period() {
        return period;
    }

    long version() {
        return version;
    }

    RoundView view() {
        return view(schedule());
    }

    /** The round with only the part of its schedule the reader may see. */
    RoundView view(InspectionSchedule shown) {
        return new RoundView(roundId(), issuingBodyId(), unitId(), year, period, status, templateId, selfAssessment, purpose,
                shown, planDraft().orElse(null), plan == null ? null : plan.id(), plan == null ? null : plan.symbol(),
                reportDraft().orElse(null), report == null ? null : report.id(), report == null ? null : report.symbol(),
                version);
    }

    boolean selfAssessment() {
        return selfAssessment;
    }
}
