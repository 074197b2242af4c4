package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.shared.EvidenceFiles;

/** The scan or photo of one voucher of a dossier, as accepted: checked by its content, a photo shrunk. */
@Entity
@Table(name = "settlement_attachment")
class SettlementAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(name = "voucher_no", nullable = false, updatable = false)
    private int voucherNo;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    /** Read only by a download: a dossier's attachments are listed without it. */
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected SettlementAttachment() {
    }

    SettlementAttachment(long dossierId, int voucherNo, EvidenceFiles.Accepted file, String uploadedBy,
                         Instant uploadedAt) {
        this.dossierId = dossierId;
        this.voucherNo = voucherNo;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.content = file.content();
        this.size = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    long id() {
        return id;
    }

    long dossierId() {
        return dossierId;
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
}
