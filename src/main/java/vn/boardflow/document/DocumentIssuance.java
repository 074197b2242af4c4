package vn.boardflow.document;

import java.time.LocalDate;
import java.util.List;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Block;

/**
 * Issues a signed document: the clerk's number from the register, the register entry, the document
 * record with its recipients and their incoming lists, and its Word file, all in one transaction (the
 * caller's, if any). The file is rendered once numbered and dated, and format-checked as it is issued: what is
 * checked is what recipients get, and a file that cannot be written spends no number. The register's lock is
 * held the ten milliseconds or so this takes, which a body's issuing, a clerk at a time, does not feel.
 */
public interface DocumentIssuance {

    IssuedDocumentView issue(IssueDocument command);

    /**
     * A document to issue, in the parts a feature states: what it is, what it says, who signs it, to whom
     * it goes, what it amends (or nothing), and where it was written, which the register notes.
     */
    record IssueDocument(Heading heading, Body body, Signature signature, Distribution distribution,
                         Amendment amendment, EntryOrigin origin) {

        public IssueDocument {
            origin = origin == null ? EntryOrigin.GENERATED : origin;
        }

        /** Drafted and signed off through BoardFlow, amending what it names. */
        public IssueDocument(Heading heading, Body body, Signature signature, Distribution distribution,
                             Amendment amendment) {
            this(heading, body, signature, distribution, amendment, EntryOrigin.GENERATED);
        }

        /** A new document drafted and signed off through BoardFlow, amending none. */
        public IssueDocument(Heading heading, Body body, Signature signature, Distribution distribution) {
            this(heading, body, signature, distribution, null);
        }
    }

    /**
     * @param draftingUnit abbreviation of the drafting unit: in the symbol of công văn and Union documents,
     *                     and in the filed-copy line "Lưu: VT, …"; {@code null} when the body names none
     */
    record Heading(IssuingBodyId issuingBodyId, DocumentType type, LocalDate issuedOn, String summary, String draftingUnit) {
    }

    /**
     * @param legalBases "Căn cứ …" lines without their closing punctuation
     * @param preamble   the opening paragraph, or {@code null}
     * @param closing    the concluding paragraph before the signature, or {@code null}
     * @param annexes    printed after the document, each on its own pages
     */
    record Body(List<String> legalBases, String preamble, List<Block> blocks, String closing, List<Annex> annexes) {

        public Body {
            legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
            annexes = annexes == null ? List.of() : List.copyOf(annexes);
        }

        /** A body with nothing annexed. */
        public Body(List<String> legalBases, String preamble, List<Block> blocks, String closing) {
            this(legalBases, preamble, blocks, closing, List.of());
        }

        /** A body of blocks alone, without legal bases, opening or closing. */
        public static Body of(List<Block> blocks) {
            return new Body(List.of(), null, blocks, null);
        }
    }

    /**
     * @param form             which of the body's signing authorities the signer signs under, or
     *                         {@link SigningForm#OWN} for one who signs in their own capacity
     * @param ownTitle         for {@link SigningForm#OWN}, the title as printed ("TRƯỞNG ĐOÀN KIỂM TRA")
     * @param countersignature the other party's signature on minutes, or {@code null}
     */
    record Signature(SigningForm form, String signerName, String ownTitle, Countersignature countersignature) {

        /** Signed under one of the body's authorities (TM., KT., …). */
        public static Signature under(SigningForm form, String signerName) {
            return new Signature(form, signerName, null, null);
        }

        /** Signed in one's own capacity, with the other party's signature beside it. */
        public static Signature own(String title, String signerName, Countersignature countersignature) {
            return new Signature(SigningForm.OWN, signerName, title, countersignature);
        }
    }

    /** @param addressee the "Kính gửi" line, or {@code null}; with one, "Nơi nhận" opens with "Như trên" */
    record Distribution(String addressee, List<Recipient> recipients) {

        public Distribution {
            addressee = addressee == null || addressee.isBlank() ? null : addressee.strip();
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }

        public static Distribution to(List<Recipient> recipients) {
            return new Distribution(null, recipients);
        }

        public boolean addressed() {
            return addressee != null;
        }
    }

    /** The issued document this one amends, replaces or corrects, and which of those it does. */
    record Amendment(long originalId, AmendmentKind kind) {
    }
}
