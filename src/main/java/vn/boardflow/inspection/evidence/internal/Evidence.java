package vn.boardflow.inspection.evidence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.shared.EvidenceFiles;

/** A photo or file backing a criterion of a ward's checklist, or showing a remedial task done. */
@Entity
@Table(name = "inspection_evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ward_inspection_id", nullable = false, updatable = false)
    private long wardInspectionId;

    @Column(name = "criterion_code", updatable = false)
    private String criterionCode;

    @Column(name = "remedy_id", updatable = false)
    private Long remedyId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    /** Read only by a download: lists of evidence are read as {@link EvidenceRow}s without it. */
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected Evidence() {
    }

    Evidence(long wardInspectionId, String criterionCode, Long remedyId, EvidenceFiles.Accepted file,
             String uploadedBy, Instant uploadedAt) {
        this.wardInspectionId = wardInspectionId;
        this.criterionCode = criterionCode;
        this.remedyId = remedyId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.content = file.content();
        this.size = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long id() {
        return id;
    }

    long wardInspectionId() {
        return wardInspectionId;
    }

    String criterionCode() {
        return criterionCode;
    }

    Long remedyId() {
        return remedyId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
