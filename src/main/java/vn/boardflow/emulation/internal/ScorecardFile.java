package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.shared.EvidenceFiles;

/** A file backing a member's own score of one criterion, as accepted: checked by its content, a photo shrunk. */
@Entity
@Table(name = "scorecard_evidence")
class ScorecardFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scorecard_id", nullable = false, updatable = false)
    private long scorecardId;

    @Column(nullable = false, updatable = false)
    private String criterion;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    /** Read only by a download: a card's files are listed without it. */
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected ScorecardFile() {
    }

    ScorecardFile(long scorecardId, String criterion, EvidenceFiles.Accepted file, String uploadedBy,
                  Instant uploadedAt) {
        this.scorecardId = scorecardId;
        this.criterion = criterion;
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

    long scorecardId() {
        return scorecardId;
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
