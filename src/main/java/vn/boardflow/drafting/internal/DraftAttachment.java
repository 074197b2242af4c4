package vn.boardflow.drafting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.document.DocumentAttachments.AnnexFile;
import vn.boardflow.document.DocumentAttachments.AttachedFile;

/** A Word or PDF annex kept with a draft, as it was attached. */
@Entity
@Immutable
@Table(name = "draft_attachment")
class DraftAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Read only by a download and at issuance: lists read the files' views, without their bytes. */
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "attached_by", nullable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected DraftAttachment() {
    }

    DraftAttachment(DocumentDraft draft, AnnexFile file, String by, Instant at) {
        this.draftId = draft.draftId().value();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.bytes().length;
        this.content = file.bytes();
        this.attachedBy = by;
        this.attachedAt = at;
    }

    long id() {
        return id;
    }

    long draftId() {
        return draftId;
    }

    String fileName() {
        return fileName;
    }

    AttachedFile file() {
        return new AttachedFile(fileName, contentType, content);
    }

    AnnexFile annex() {
        return new AnnexFile(fileName, contentType, content);
    }
}
