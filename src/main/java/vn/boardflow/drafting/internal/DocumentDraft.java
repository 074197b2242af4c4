package vn.boardflow.drafting.internal;

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
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/**
 * A document being written for a body. It holds its latest content, and counts its saves: each is kept as a
 * {@link DraftRevision} with that number. Its type and summary are columns too, so lists filter on them.
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

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(nullable = false)
    private String summary;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(nullable = false)
    private int revision;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DocumentDraft() {
    }

    DocumentDraft(IssuingBodyId issuingBodyId, UnitId unitId, DraftContent content, String by, Instant at) {
        this.issuingBodyId = issuingBodyId.value();
        this.unitId = unitId.value();
        this.draftedBy = by;
        this.createdAt = at;
        write(content, by, at);
    }

    /** The next version, over the one the editor read; a save over someone else's meanwhile is refused. */
    void revise(long expectedVersion, DraftContent content, String by, Instant at) {
        if (version != expectedVersion) {
            throw new RuleViolation("draft.error.changedMeanwhile");
        }
        write(content, by, at);
    }

    private void write(DraftContent content, String by, Instant at) {
        this.type = content.type();
        this.summary = content.summary();
        this.contentJson = StoredJson.write(content);
        this.revision++;
        this.updatedBy = by;
        this.updatedAt = at;
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
        return type;
    }

    String summary() {
        return summary;
    }

    DraftContent content() {
        return StoredJson.read(contentJson, DraftContent.class);
    }

    int revision() {
        return revision;
    }

    String draftedBy() {
        return draftedBy;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
