package vn.boardflow.fund.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/**
 * A body's budget of a year: its lines and their allocations, kept as written, each save a new version; and its
 * Quyết định phân bổ kinh phí on the document route, whose steps it follows. Once a decision is issued, the lines as
 * decided are what the wards spend against, until an adjustment is decided in turn; while a decision is on its way
 * to the leader the budget waits.
 */
@Entity
@Table(name = "budget")
class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "draft_id")
    private Long draftId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private DraftStatus status;

    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "decision_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "decision_symbol"))
    private DocumentRef decision;

    @Column(name = "decided_json")
    private String decidedJson;

    @Version
    private long version;

    /** The decided lines as last read, and the text they were read from: every settlement reads them. */
    @Transient
    private BudgetContent decidedRead;

    @Transient
    private String decidedReadFrom;

    protected Budget() {
    }

    Budget(IssuingBodyId issuingBodyId, UnitId unitId, int year, String by, Instant at) {
        this.issuingBodyId = issuingBodyId.value();
        this.unitId = unitId.value();
        this.year = year;
        this.contentJson = StoredJson.write(BudgetContent.EMPTY);
        this.createdAt = at;
        this.createdBy = by;
    }

    BudgetId budgetId() {
        return BudgetId.of(id);
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

    long version() {
        return version;
    }

    BudgetContent content() {
        return StoredJson.read(contentJson, BudgetContent.class);
    }

    DraftId draftId() {
        return draftId == null ? null : DraftId.of(draftId);
    }

    /** Where its decision's draft stands; {@code null} before the first is drafted. */
    DraftStatus status() {
        return status;
    }

    /** The last decision issued on it, or {@code null}. */
    DocumentRef decision() {
        return decision;
    }

    /** The lines as last decided: empty before the first decision. */
    BudgetContent decided() {
        if (decidedJson == null) {
            return BudgetContent.EMPTY;
        }
        // the very text read before, not an equal one: a new decision replaces the field's string
        if (decidedJson != decidedReadFrom) {
            decidedRead = StoredJson.read(decidedJson, BudgetContent.class);
            decidedReadFrom = decidedJson;
        }
        return decidedRead;
    }

    /** Its lines may change: not while its decision waits for a reviewer or the leader. */
    boolean writable() {
        return status == null || !(status == DraftStatus.IN_REVIEW || status == DraftStatus.AWAITING_SIGNATURE);
    }

    /** Its next decision needs a draft of its own: the first, or the one after an issued or cancelled one. */
    boolean needsDraft() {
        return draftId == null || status.closed();
    }

    void draftedAs(DraftId id) {
        this.draftId = id.value();
        this.status = DraftStatus.DRAFTING;
    }

    /** The step its decision's draft took; issued, the lines as they stand are the ones decided. */
    void followed(DraftStatus after, DocumentRef issuedAs) {
        this.status = after;
        if (after == DraftStatus.ISSUED) {
            this.decision = issuedAs;
            this.decidedJson = contentJson;
        }
    }

    void write(long expectedVersion, BudgetContent content, String by, Instant at) {
        if (version != expectedVersion) {
            throw new RuleViolation("fund.error.changedMeanwhile");
        }
        if (!writable()) {
            throw new RuleViolation("fund.error.budgetOnRoute");
        }
        this.contentJson = StoredJson.write(content);
        this.savedBy = by;
        this.savedAt = at;
    }
}
