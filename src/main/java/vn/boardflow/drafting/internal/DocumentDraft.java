package vn.boardflow.drafting.internal;

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
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DocumentDrafts.SignOff;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.DraftRoute;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * A document being written for a body. It holds its latest version ({@link WrittenDraft}), and counts its saves:
 * each is kept as a {@link DraftRevision} with that number.
 * It guards its route: each step moves it from the states that allow it, the route it was submitted on is
 * kept with it, and only the version the leader signed off is issued.
 */
@Entity
@Table(name = "document_draft")
class DocumentDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Embedded
    private WrittenDraft written;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "return_comment")
    private String returnComment;

    @Embedded
    private ReviewPosition review;

    /** The leader's sign-off while it awaits issuance and after, {@code null} before. */
    @Embedded
    @AttributeOverride(name = "revision", column = @Column(name = "signed_revision"))
    @AttributeOverride(name = "by", column = @Column(name = "signed_by"))
    @AttributeOverride(name = "at", column = @Column(name = "signed_at"))
    private SignedVersion signed;

    /** The issued document, once issued. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "document_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "document_symbol"))
    private DocumentRef document;

    /** The feature whose screen writes it, or {@code null} for one written in the editor. */
    @Embedded
    @AttributeOverride(name = "feature", column = @Column(name = "origin_feature", updatable = false))
    @AttributeOverride(name = "subjectId", column = @Column(name = "origin_id", updatable = false))
    @AttributeOverride(name = "route", column = @Column(name = "origin_route", updatable = false))
    private DraftOrigin origin;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DocumentDraft() {
    }

    DocumentDraft(IssuingBodyId issuingBodyId, UnitId unitId, DraftOrigin origin, DraftContent content, String by,
                  Instant at) {
        this.issuingBodyId = issuingBodyId.value();
        this.unitId = unitId.value();
        this.origin = origin;
        this.draftedBy = by;
        this.createdAt = at;
        this.status = DraftStatus.DRAFTING;
        this.review = ReviewPosition.notSent();
        this.written = WrittenDraft.first(content, by, at);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /**
     * The next version, over the one the editor read; a save over someone else's meanwhile is refused. A
     * change after sign-off withdraws the sign-off: the draft is written again, to be submitted and signed anew.
     */
    void revise(DraftContent content, String by, Instant at) {
        require(status.editable());
        if (status == DraftStatus.AWAITING_ISSUANCE) {
            status = DraftStatus.DRAFTING;
            signed = null;
        }
        this.written = written.next(content, by, at);
    }

    /** A draft a feature writes is changed on that feature's screen only. */
    void requireWrittenHere() {
        if (origin != null) {
            throw new RuleViolation("draft.error.writtenElsewhere");
        }
    }

    void checkVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new RuleViolation("draft.error.changedMeanwhile");
        }
    }

    void submit(DraftRoute route) {
        require(status.beingWritten());
        review.start(route.checkedFor(type()));
        this.returnComment = null;
        this.status = DraftStatus.IN_REVIEW;
    }

    void recall() {
        require(status.recallable());
        review.leave();
        this.status = DraftStatus.DRAFTING;
    }

    void cancel() {
        require(status.beingWritten());
        this.status = DraftStatus.CANCELLED;
    }

    /**
     * The current reviewer agrees: on to the second review, to the leader, or, where the leader does not sign,
     * signed off by this last reviewer.
     */
    void approve(String by, Instant at) {
        require(status == DraftStatus.IN_REVIEW);
        if (!review.agreed(by)) {
            return;
        }
        if (review.leaderSigns()) {
            this.status = DraftStatus.AWAITING_SIGNATURE;
        } else {
            sign(revision(), by, at);
        }
    }

    /** Whether the current step's approval is also the sign-off. */
    boolean approvalSigns() {
        return status == DraftStatus.IN_REVIEW && review.reviewerSigns();
    }

    void returnToDrafter(String comment) {
        require(status == DraftStatus.IN_REVIEW || status == DraftStatus.AWAITING_SIGNATURE
                || status == DraftStatus.AWAITING_ISSUANCE);
        this.returnComment = comment.strip();
        review.leave();
        this.status = DraftStatus.RETURNED;
        this.signed = null;
    }

    /** The leader signs off the version they read, which must still be the latest. */
    void signOff(int readRevision, String by, Instant at) {
        require(status == DraftStatus.AWAITING_SIGNATURE);
        sign(readRevision, by, at);
    }

    private void sign(int readRevision, String by, Instant at) {
        if (readRevision != revision()) {
            throw new RuleViolation("draft.error.changedSinceRead");
        }
        this.signed = new SignedVersion(readRevision, by, at);
        this.status = DraftStatus.AWAITING_ISSUANCE;
    }

    /** The version to issue: the signed one, which nothing has changed since. */
    int revisionToIssue() {
        require(status == DraftStatus.AWAITING_ISSUANCE && signed != null && signed.revision() == revision());
        return signed.revision();
    }

    void issued(DocumentRef issuedAs) {
        revisionToIssue();
        this.document = issuedAs;
        this.status = DraftStatus.ISSUED;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new RuleViolation("draft.error.notAllowedNow");
        }
    }

    DraftStatus status() {
        return status;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    String returnComment() {
        return status == DraftStatus.RETURNED ? returnComment : null;
    }

    int reviewStep() {
        return review.step();
    }

    /** Who signed off which version, once signed; {@code null} before. */
    SignOff signOff(String signerName) {
        return signed == null ? null : new SignOff(signed.revision(), signed.by(), signerName, signed.at());
    }

    String signedBy() {
        return signed == null ? null : signed.by();
    }

    DraftOrigin origin() {
        return origin;
    }

    DocumentRef document() {
        return document;
    }

    DraftId draftId() {
        return DraftId.of(id);
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    DocumentType type() {
        return written.type();
    }

    String summary() {
        return written.summary();
    }

    DraftContent content() {
        return written.content();
    }

    int revision() {
        return written.revision();
    }

    String draftedBy() {
        return draftedBy;
    }

    String updatedBy() {
        return written.updatedBy();
    }

    Instant updatedAt() {
        return written.updatedAt();
    }

    long version() {
        return version;
    }
}
