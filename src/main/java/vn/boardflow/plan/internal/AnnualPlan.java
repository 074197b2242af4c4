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
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.TargetBalance;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/**
 * A body's plan for a year: what its drafter writes, with the targets allocated to the wards. It travels the
 * document route as its draft, whose steps it follows: it is changed only while the draft may be, and it holds
 * its own rules for being sent (a summary, a signer, a distribution list, ward shares that add up).
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

    /** The draft's state, as its last step left it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftStatus status;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "draft_id")
    private Long draftId;

    /** The issued Kế hoạch, once issued. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "document_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "document_symbol"))
    private DocumentRef document;

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
        this.status = DraftStatus.DRAFTING;
        this.contentJson = StoredJson.write(content);
        this.createdBy = by;
        this.createdAt = at;
        touch(by, at);
    }

    void draftedAs(DraftId draftId) {
        this.draftId = draftId.value();
    }

    void edit(PlanContent content, String by, Instant at) {
        require(status.editable(), "plan.error.notEditable");
        this.contentJson = StoredJson.write(content);
        touch(by, at);
    }

    /** Refuses a plan that is not ready to go to its reviewers, with what is missing. */
    void checkSubmittable() {
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
    }

    /** The step its draft took; once issued, the plan's targets are the wards' to reach. */
    void followed(DraftStatus after, DocumentRef issuedAs) {
        this.status = after;
        if (after == DraftStatus.ISSUED) {
            this.document = issuedAs;
        }
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

    DraftStatus status() {
        return status;
    }

    /** Its draft on the document route; {@code null} for a plan begun before plans took that route, until saved. */
    DraftId draftId() {
        return draftId == null ? null : DraftId.of(draftId);
    }

    Long documentId() {
        return document == null ? null : document.id();
    }

    String documentSymbol() {
        return document == null ? null : document.symbol();
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
