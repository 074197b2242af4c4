package vn.boardflow.drafting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.drafting.DraftVersions.DraftVersion;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.shared.StoredJson;

/** The draft as one save left it; never changed afterwards. */
@Entity
@Immutable
@Table(name = "draft_revision")
class DraftRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected DraftRevision() {
    }

    /** The draft's latest version, as it was just written. */
    DraftRevision(DocumentDraft draft, DraftContent content) {
        this.draftId = draft.draftId().value();
        this.revision = draft.revision();
        this.contentJson = StoredJson.write(content);
        this.savedBy = draft.updatedBy();
        this.savedAt = draft.updatedAt();
    }

    DraftContent content() {
        return StoredJson.read(contentJson, DraftContent.class);
    }

    DraftVersion view() {
        return new DraftVersion(revision, content(), savedBy, savedAt);
    }
}
