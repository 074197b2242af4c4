package vn.boardflow.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An issued document's record; {@code rendered} is false only between issuance and its Word file being written. */
public record IssuedDocumentView(long id, IssuingBodyId issuingBodyId, String symbol, DocumentType type, LocalDate issuedOn,
                                 String summary, String signer, List<Recipient> recipients, String fileName,
                                 String sha256, String templateVersion, boolean rendered, Long amendsId,
                                 AmendmentKind amendmentKind, Instant issuedAt, String issuedBy) {

    /** How another record keeps this document. */
    public DocumentRef ref() {
        return new DocumentRef(id, symbol);
    }
}
