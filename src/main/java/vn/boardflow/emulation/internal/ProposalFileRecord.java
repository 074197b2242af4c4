package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.emulation.Proposals.ProposalFile.Kind;
import vn.boardflow.shared.EvidenceFiles;

/** A file of a proposal (the report of the achievements, or evidence), as accepted: checked by its content. */
@Entity
@Table(name = "proposal_file")
class ProposalFileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    /** Read only by a download: a proposal's files are listed without it. */
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected ProposalFileRecord() {
    }

    ProposalFileRecord(long proposalId, Kind kind, EvidenceFiles.Accepted file, String uploadedBy,
                       Instant uploadedAt) {
        this.proposalId = proposalId;
        this.kind = kind;
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

    long proposalId() {
        return proposalId;
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
