package vn.boardflow.plan.internal;

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
import java.time.LocalDate;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.plan.TargetBalance;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/**
 * A body's plan for a year. It guards its own steps: only a draft is edited, only a balanced draft is
 * submitted, and each approval step moves it from exactly one state.
 */
@Entity
@Table(name = "annual_plan")
class AnnualPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(nullable = false)
    private int submissions;

    @Column(name = "return_comment")
    private String returnComment;

    /** The issued Kế hoạch, once issued. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "document_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "document_symbol"))
    private DocumentRef document;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AnnualPlan() {
    }

    AnnualPlan(IssuingBodyId issuingBodyId, UnitId unitId, int year, PlanContent content, String by, Instant at) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("plan.error.year");
        }
        this.issuingBodyId = issuingBodyId.value();
        this.unitId = unitId.value();
        this.year = year;
        this.status = PlanStatus.DRAFT;
        this.contentJson = StoredJson.write(content);
        this.createdBy = by;
        this.createdAt = at;
        touch(by, at);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void edit(PlanContent content, String by, Instant at) {
        require(status.editable(), "plan.error.notEditable");
        this.contentJson = StoredJson.write(content);
        touch(by, at);
    }

    /** @return the number of this submission, 1 for the first */
    int submit(String by, Instant at) {
        require(status.editable(), "plan.error.notEditable");
        PlanContent content = content();
        if (content.summary().isEmpty()) {
            throw new RuleViolation("plan.error.summaryRequired");
        }
        if (content.signingForm() == null) {
            throw new RuleViolation(content.signerName().isEmpty() ? "plan.error.signingFormAndSignerRequired"
                    : "plan.error.signingFormRequired");
        }
        if (content.signerName().isEmpty()) {
            throw new RuleViolation("plan.error.signerRequired");
        }
        if (content.recipients().isEmpty()) {
            throw new RuleViolation("plan.error.recipientsRequired");
        }
        TargetBalance.check(content.targets());
        status = PlanStatus.IN_REVIEW;
        returnComment = null;
        submissions++;
        touch(by, at);
        return submissions;
    }

    void approve(String by, Instant at) {
        require(status == PlanStatus.IN_REVIEW, "plan.error.notInReview");
        status = PlanStatus.AWAITING_SIGNATURE;
        touch(by, at);
    }

    void returnToDrafter(String comment, String by, Instant at) {
        require(status == PlanStatus.IN_REVIEW || status == PlanStatus.AWAITING_SIGNATURE, "plan.error.notReturnable");
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("plan.error.returnCommentRequired");
        }
        status = PlanStatus.RETURNED;
        returnComment = comment.strip();
        touch(by, at);
    }

    void signOff(String by, Instant at) {
        require(status == PlanStatus.AWAITING_SIGNATURE, "plan.error.notAwaitingSignature");
        status = PlanStatus.AWAITING_ISSUANCE;
        touch(by, at);
    }

    void issued(DocumentRef document, LocalDate issuedOn, String by, Instant at) {
        require(status == PlanStatus.AWAITING_ISSUANCE, "plan.error.notAwaitingIssuance");
        this.status = PlanStatus.ISSUED;
        this.document = document;
        this.issuedOn = issuedOn;
        touch(by, at);
    }

    void cancel(String by, Instant at) {
        require(status.cancellable(), "plan.error.notCancellable");
        status = PlanStatus.CANCELLED;
        touch(by, at);
    }

    /** Refuses a command based on a version someone has since replaced. */
    void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("plan.error.changedMeanwhile");
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new RuleViolation(messageKey);
        }
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    PlanContent content() {
        return StoredJson.read(contentJson, PlanContent.class);
    }

    String contentJson() {
        return contentJson;
    }

    Long id() {
        return id;
    }

    PlanId planId() {
        return PlanId.of(id);
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    int year() {
        return year;
    }

    PlanStatus status() {
        return status;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    int submissions() {
        return submissions;
    }

    String returnComment() {
        return returnComment;
    }

    Long documentId() {
        return document == null ? null : document.id();
    }

    String documentSymbol() {
        return document == null ? null : document.symbol();
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
