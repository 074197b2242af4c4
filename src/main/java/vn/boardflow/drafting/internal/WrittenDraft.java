package vn.boardflow.drafting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import vn.boardflow.document.DocumentType;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.shared.StoredJson;

/**
 * A draft's latest version as its columns keep it: the content as JSON, its type and summary as columns of their
 * own so lists filter on them, the number of saves it is, and who saved it when.
 */
@Embeddable
class WrittenDraft {

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(nullable = false)
    private String summary;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WrittenDraft() {
    }

    private WrittenDraft(DraftContent content, int revision, String by, Instant at) {
        this.type = content.type();
        this.summary = content.summary();
        this.contentJson = StoredJson.write(content);
        this.revision = revision;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    static WrittenDraft first(DraftContent content, String by, Instant at) {
        return new WrittenDraft(content, 1, by, at);
    }

    /** The version saved over this one. */
    WrittenDraft next(DraftContent content, String by, Instant at) {
        return new WrittenDraft(content, revision + 1, by, at);
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

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
