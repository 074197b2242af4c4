package vn.boardflow.document;

import vn.boardflow.shared.RuleViolation;

/**
 * A document's number and symbol as printed after "Số:", e.g. {@code 01/KH-BTC.ĐACN} (state format),
 * {@code 12/UBND-VX} (a state công văn) or {@code 06-HD/TĐTN-TCKT} (Youth Union).
 */
public record DocumentSymbol(int number, String text) {

    /** The Youth Union writes its công văn with the code CV ("56-CV/TĐTN-VP"); the state format writes none. */
    static final String YOUTH_UNION_LETTER = "CV";

    public DocumentSymbol {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1");
        }
    }

    /** Numbers below 10 take a leading zero: 01 … 09, then 10, 11 … */
    public static String padded(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /**
     * @param bodyAbbreviation  the issuing body's abbreviation (BTC.ĐACN)
     * @param draftingUnit      the drafting unit's abbreviation, required for a công văn and in the Youth
     *                          Union format, ignored otherwise
     */
    public static DocumentSymbol of(FormatProfile profile, int number, DocumentType type, String bodyAbbreviation,
                                    String draftingUnit) {
        return new DocumentSymbol(number, padded(number) + afterNumber(profile, type, bodyAbbreviation, draftingUnit));
    }

    /** Everything of the symbol after the number ("/KH-BTC.ĐACN"), which does not depend on the number. */
    public static String afterNumber(FormatProfile profile, DocumentType type, String bodyAbbreviation,
                                     String draftingUnit) {
        if (bodyAbbreviation == null || bodyAbbreviation.isBlank()) {
            throw new RuleViolation("document.error.bodyAbbreviationMissing");
        }
        boolean needsDraftingUnit = type.isCongVan() || profile == FormatProfile.YOUTH_UNION;
        if (needsDraftingUnit && (draftingUnit == null || draftingUnit.isBlank())) {
            throw new RuleViolation("document.error.draftingUnitMissing");
        }
        String body = needsDraftingUnit ? bodyAbbreviation + "-" + draftingUnit : bodyAbbreviation;
        return switch (profile) {
            case STATE -> "/" + (type.isCongVan() ? body : type.code() + "-" + body);
            case YOUTH_UNION -> "-" + (type.isCongVan() ? YOUTH_UNION_LETTER : type.code()) + "/" + body;
        };
    }
}
