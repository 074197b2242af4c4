package vn.boardflow.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the register, with the ten columns of the printed Sổ đăng ký văn bản đi, the state of the number,
 * and where the document was written.
 */
public record RegisterEntryView(long id, IssuingBodyId issuingBodyId, int year, int number, String symbol, DocumentType type,
                                LocalDate issuedOn, String summary, String signer, List<String> recipients,
                                String keptBy, int copies, LocalDate dispatchedOn, String note, boolean voided,
                                String voidReason, Instant registeredAt, String registeredBy,
                                EntryOrigin origin) {
}
