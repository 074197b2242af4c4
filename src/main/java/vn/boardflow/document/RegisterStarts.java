package vn.boardflow.document;

import java.time.Instant;
import java.util.List;

/**
 * Registers that move to BoardFlow in the middle of a year, with numbers already spent on paper: the
 * records clerk or the administrator sets once, with a reason, the number the year's sequence goes on from.
 * The register and its exports then say where the part kept in BoardFlow begins.
 */
public interface RegisterStarts {

    /**
     * Refused when the sequence already had its start set, or when the number is not past the next one
     * BoardFlow would give: a number issued here is never given again.
     */
    void startAt(StartAt command);

    /** The starts of the body's sequences in the year, by sequence. */
    List<RegisterStartView> of(IssuingBodyId issuingBodyId, int year);

    /** @param type the sequence's type where the body numbers types apart; {@code null} for one sequence */
    record StartAt(IssuingBodyId issuingBodyId, int year, DocumentType type, int nextNumber, String reason) {
    }

    /**
     * @param type      the sequence's type, or {@code null} for the body's one sequence
     * @param paperFrom the first number given on paper (01, or the one after the last BoardFlow had given)
     */
    record RegisterStartView(DocumentType type, int paperFrom, int firstNumber, String reason, Instant setAt,
                             String setBy) {

        /** The numbers given on paper: "01–224", or one number alone. */
        public String paperNumbers() {
            return paperFrom == firstNumber - 1 ? DocumentSymbol.padded(paperFrom)
                    : DocumentSymbol.padded(paperFrom) + "–" + DocumentSymbol.padded(firstNumber - 1);
        }

        /** As the printed register says it, in Vietnamese like the rest of the register. */
        public String note() {
            String sequence = type == null ? "" : type.sentenceName() + ": ";
            return sequence + "từ số " + DocumentSymbol.padded(firstNumber) + " sổ được ghi trên BoardFlow; số "
                    + paperNumbers() + " đã cấp trên sổ giấy (" + reason + ").";
        }
    }
}
