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
import vn.boardflow.emulation.StoredFile;
import vn.boardflow.shared.EvidenceFiles;

/**
 * A file kept with a scorecard (evidence of the member's own score, tagged with its criterion) or a proposal (its
 * report or evidence, tagged with which), as accepted: checked by its content, a photo shrunk.
 */
@Entity
@Table(name = "emulation_file")
class EmulationFile {

    /** What the file is kept with. */
    enum Owner { SCORECARD, PROPOSAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Owner owner;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, updatable = false)
    private String tag;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    /** Read only by a download: files are listed without it. */
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected EmulationFile() {
    }

    EmulationFile(Owner owner, long ownerId, String tag, EvidenceFiles.Accepted file, String uploadedBy,
                  Instant uploadedAt) {
        this.owner = owner;
        this.ownerId = ownerId;
        this.tag = tag;
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

    boolean of(Owner kept, long keptId) {
        return owner == kept && ownerId == keptId;
    }

    Owner owner() {
        return owner;
    }

    long ownerId() {
        return ownerId;
    }

    StoredFile stored() {
        return new StoredFile(fileName, contentType, content);
    }
}
