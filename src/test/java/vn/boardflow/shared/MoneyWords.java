package vn.boardflow.shared;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParseException;
import java.util.Locale;

/** Reads an amount in words back into its number, with ICU's own Vietnamese rules, for tests of what documents say. */
public final class MoneyWords {

    private MoneyWords() {
    }

    /** "Một trăm lẻ năm nghìn đồng chẵn" → 105000. */
    public static long read(String inWords) {
        String words = inWords.toLowerCase(Locale.forLanguageTag("vi")).replaceFirst(" đồng( chẵn)?\\.?$", "");
        boolean negative = words.startsWith("âm ");
        try {
            long amount = new RuleBasedNumberFormat(new ULocale("vi"), RuleBasedNumberFormat.SPELLOUT)
                    .parse(negative ? words.substring(3) : words).longValue();
            return negative ? -amount : amount;
        } catch (ParseException e) {
            throw new AssertionError("not an amount in words: " + inWords, e);
        }
    }
}
