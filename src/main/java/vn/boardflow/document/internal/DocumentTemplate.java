package vn.boardflow.document.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.document.DocumentTemplates.TemplateVersion;
import vn.boardflow.document.DocumentType;
import vn.boardflow.shared.Sha256;

/** An uploaded template version; never changed, so documents rendered with it can be rendered again alike. */
@Entity
@Immutable
@Table(name = "document_template")
class DocumentTemplate {

    static final String PREFIX = "uploaded/";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(nullable = false)
    private int version;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected DocumentTemplate() {
    }

    DocumentTemplate(DocumentType type, int version, String fileName, byte[] content, Instant uploadedAt,
                     String uploadedBy) {
        this.type = type;
        this.version = version;
        this.fileName = fileName;
        this.content = content.clone();
        this.sha256 = Sha256.hex(content);
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    String versionLabel() {
        return PREFIX + id;
    }

    TemplateVersion view(boolean active) {
        return new TemplateVersion(type, versionLabel(), version, fileName, sha256, uploadedAt, uploadedBy, active);
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    byte[] content() {
        return content.clone();
    }
}
