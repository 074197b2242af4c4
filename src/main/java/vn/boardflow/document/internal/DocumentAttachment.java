package vn.boardflow.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.document.DocumentAttachments.AttachedFile;
import vn.boardflow.document.DocumentAttachments.Kind;

/** A file kept with an issued document, as it was attached; a newer signed copy replaces it, nothing edits it. */
@Entity
@Immutable
@Table(name = "document_attachment")
class DocumentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issued_document_id", nullable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Read only by a download: lists read the attachments' views, without their bytes. */
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "attached_by", nullable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected DocumentAttachment() {
    }

    DocumentAttachment(long documentId, Kind kind, String fileName, String contentType, byte[] content, String by,
                       Instant at) {
        this.documentId = documentId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.attachedBy = by;
        this.attachedAt = at;
    }

    long id() {
        return id;
    }

    long documentId() {
        return documentId;
    }

    Kind kind() {
        return kind;
    }

    String fileName() {
        return fileName;
    }

    AttachedFile file() {
        return new AttachedFile(fileName, contentType, content);
    }
}
