package vn.boardflow.document;

import java.time.LocalDate;
import java.util.List;
import vn.boardflow.document.DocumentContent.Block;

/**
 * Issues a signed document: the clerk's number from the register, the register entry, the document
 * record with its recipients and their incoming lists, all in one transaction (the caller's, if any).
 * The Word file is rendered after that transaction commits, so the register's lock is held briefly.
 */
public interface DocumentIssuance {

    IssuedDocumentView issue(IssueDocument command);

    /**
     * @param draftingUnit abbreviation of the drafting unit: in the symbol of công văn and Union documents,
     *                     and in the filed-copy line "Lưu: VT, …"
     * @param addressee    the "Kính gửi" line, or {@code null}; with one, "Nơi nhận" opens with "Như trên"
     * @param signingForm  which of the body's signing authorities the signer signs under
     * @param amends       the issued document this one amends, replaces or corrects, or {@code null}
     * @param signerTitle  for one who signs in their own capacity rather than under one of the body's
     *                     authorities, in upper case as printed ("TRƯỞNG ĐOÀN KIỂM TRA"); {@code null} for the
     *                     body's authority named by {@code signingForm}
     * @param countersignature the other party's signature on minutes, or {@code null}
     */
    record IssueDocument(long issuingBodyId, DocumentType type, LocalDate issuedOn, String summary,
                         String draftingUnit, String addressee, List<String> legalBases, String preamble,
                         List<Block> blocks, String closing, SigningForm signingForm, String signerName,
                         List<Recipient> recipients, Long amends, AmendmentKind amendmentKind, String signerTitle,
                         Countersignature countersignature) {

        /** A document signed under one of the body's authorities, with one signature. */
        public IssueDocument(long issuingBodyId, DocumentType type, LocalDate issuedOn, String summary,
                             String draftingUnit, String addressee, List<String> legalBases, String preamble,
                             List<Block> blocks, String closing, SigningForm signingForm, String signerName,
                             List<Recipient> recipients, Long amends, AmendmentKind amendmentKind) {
            this(issuingBodyId, type, issuedOn, summary, draftingUnit, addressee, legalBases, preamble, blocks,
                    closing, signingForm, signerName, recipients, amends, amendmentKind, null, null);
        }
    }
}
