package vn.boardflow.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.boardflow.org.UnitId;

/**
 * Issued documents as their issuers and their recipients see them: download exactly as issued, the
 * incoming list of the user's units with read and unread states, and who has opened a document.
 */
public interface IssuedDocuments {

    Optional<IssuedDocumentView> find(long id);

    /** The documents issued since to amend, replace or correct this one, oldest first. */
    List<IssuedDocumentView> amendmentsOf(long documentId);

    /** The file as issued; opening it as a recipient marks it read for the user's recipient units. */
    DocumentFile download(long id);

    List<IssuedDocumentView> search(DocumentFilter filter, int offset, int limit);

    int count(DocumentFilter filter);

    List<IncomingDocumentView> incoming(boolean unreadOnly, int offset, int limit);

    int countIncoming(boolean unreadOnly);

    /** Marks the document read for the user's units among its recipients. */
    void markRead(long documentId);

    /** For the issuing side: each recipient unit and when it opened the document. */
    List<ReadReceipt> readReceipts(long documentId);

    record DocumentFile(String fileName, byte[] bytes, String sha256) {
    }

    record DocumentFilter(IssuingBodyId issuingBodyId, Integer year, DocumentType type, String text) {
    }

    record IncomingDocumentView(long documentId, UnitId unitId, String unitName, String symbol, String summary,
                                LocalDate issuedOn, String issuingBody, Instant receivedAt, Instant readAt) {
    }

    record ReadReceipt(UnitId unitId, String unitName, Instant readAt, String readBy) {
    }
}
