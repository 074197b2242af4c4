package vn.boardflow.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.org.UnitId;

/** A document in a recipient unit's incoming list; the first opening by one of its members marks it read. */
@Entity
@Table(name = "incoming_document")
class IncomingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    protected IncomingDocument() {
    }

    IncomingDocument(long documentId, UnitId unitId, Instant receivedAt) {
        this.documentId = documentId;
        this.unitId = unitId.value();
        this.receivedAt = receivedAt;
    }

    /** The first reader is kept; later openings do not move it. */
    boolean markRead(String username, Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        readBy = username;
        return true;
    }

    long documentId() {
        return documentId;
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant readAt() {
        return readAt;
    }

    String readBy() {
        return readBy;
    }
}
