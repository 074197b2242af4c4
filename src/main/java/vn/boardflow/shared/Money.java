package vn.boardflow.shared;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of Vietnamese đồng, whole đồng in a {@code long}: the đồng has no smaller unit in use, so no amount
 * is ever rounded, and sums that would overflow fail instead of wrapping. Shown as "30.000.000 đ" and written in
 * words as documents write it: "Ba mươi triệu đồng chẵn".
 */
public record Money(long dong) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** Dots or spaces between thousands, an optional "đ", "đồng" or "VND" after: how amounts are typed. */
    private static final Pattern TYPED = Pattern.compile("\\d{1,3}([. ]\\d{3})*|\\d+");
    private static final Pattern UNIT = Pattern.compile("\\s*(đ|đồng|vnd|vnđ)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final ULocale VIETNAMESE = new ULocale("vi");

    public static Money of(long dong) {
        return new Money(dong);
    }

    /** What a user typed in an amount field: "30.000.000", "30000000", "30 000 000 đ"; never a fraction or a sign. */
    public static Money parse(String typed) {
        String text = typed == null ? "" : UNIT.matcher(typed.strip()).replaceFirst("").strip();
        if (!TYPED.matcher(text).matches()) {
            throw new RuleViolation("money.error.invalid", typed == null ? "" : typed.strip());
        }
        try {
            return new Money(Long.parseLong(text.replace(".", "").replace(" ", "")));
        } catch (NumberFormatException e) {
            throw new RuleViolation("money.error.invalid", typed.strip());
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(dong, other.dong));
    }

    public Money times(long count) {
        return new Money(Math.multiplyExact(dong, count));
    }

    public boolean isNegative() {
        return dong < 0;
    }

    public boolean isZero() {
        return dong == 0;
    }

    public boolean exceeds(Money other) {
        return dong > other.dong;
    }

    /** "30.000.000 đ", "-500.000 đ". */
    public String display() {
        return VietnameseNumbers.grouped(dong) + " đ";
    }

    /**
     * "Ba mươi triệu đồng chẵn", "Một trăm lẻ năm nghìn đồng chẵn", "Hai nghìn không trăm mười lăm đồng": a round
     * amount (no đồng below the thousand) is "chẵn"; a negative one starts with "Âm".
     */
    public String inWords() {
        String words = spelled(Math.absExact(dong)) + " đồng" + (dong != 0 && dong % 1000 == 0 ? " chẵn" : "");
        String signed = dong < 0 ? "âm " + words : words;
        return signed.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + signed.substring(1);
    }

    /** ICU's Vietnamese spell-out (its rule sets are not thread-safe, so each use has its own). */
    private static String spelled(long amount) {
        return new RuleBasedNumberFormat(VIETNAMESE, RuleBasedNumberFormat.SPELLOUT).format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(dong, other.dong);
    }

    @Override
    public String toString() {
        return display();
    }
}
