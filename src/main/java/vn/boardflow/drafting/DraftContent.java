package vn.boardflow.drafting;

import java.util.List;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.shared.RuleViolation;

/**
 * What a drafter writes, in the parts of an official document: its type and summary (trích yếu), the
 * "Kính gửi" line where the type has one, the legal bases, the opening, the body's blocks (parts, sections,
 * points, articles, tables), the closing, who is proposed to sign and under which authority, and Nơi nhận.
 *
 * @param addressee  the "Kính gửi" line, or {@code null}
 * @param legalBases "Căn cứ …" lines without their closing punctuation
 * @param annexes    phụ lục and documents issued with it, printed after it
 */
public record DraftContent(DocumentType type, String summary, String addressee, List<String> legalBases,
                           String opening, List<Block> blocks, String closing, SigningForm signingForm,
                           String signer, List<Recipient> recipients, List<Annex> annexes) {

    /** Long enough for any trích yếu the boards write, short enough for the register's column. */
    public static final int MAX_SUMMARY = 500;

    public DraftContent {
        if (type == null) {
            throw new RuleViolation("draft.error.typeRequired");
        }
        summary = summary == null ? "" : summary.strip();
        if (summary.isEmpty()) {
            throw new RuleViolation("draft.error.summaryRequired");
        }
        if (summary.length() > MAX_SUMMARY) {
            throw new RuleViolation("draft.error.summaryTooLong", MAX_SUMMARY);
        }
        addressee = addressee == null || addressee.isBlank() ? null : addressee.strip();
        legalBases = legalBases == null ? List.of()
                : legalBases.stream().filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
        opening = opening == null || opening.isBlank() ? null : opening.strip();
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        closing = closing == null || closing.isBlank() ? null : closing.strip();
        signingForm = signingForm == null ? SigningForm.TM : signingForm;
        signer = signer == null ? "" : signer.strip();
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }

    /** A draft with nothing annexed. */
    public DraftContent(DocumentType type, String summary, String addressee, List<String> legalBases, String opening,
                        List<Block> blocks, String closing, SigningForm signingForm, String signer,
                        List<Recipient> recipients) {
        this(type, summary, addressee, legalBases, opening, blocks, closing, signingForm, signer, recipients, List.of());
    }

    /** A first draft of a type: its summary, nothing written yet. */
    public static DraftContent start(DocumentType type, String summary) {
        return new DraftContent(type, summary, null, List.of(), null, List.of(), null, SigningForm.TM, "", List.of());
    }
}
