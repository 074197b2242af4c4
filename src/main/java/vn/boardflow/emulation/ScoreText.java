package vn.boardflow.emulation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Scores as Vietnamese writes them: one decimal at most, a comma before it ("27,5"). */
public final class ScoreText {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.of("vi", "VN"));

    private ScoreText() {
    }

    public static String of(BigDecimal score) {
        return score == null ? "–" : new DecimalFormat("#,##0.#", SYMBOLS).format(score);
    }

    public static String percent(Integer percent) {
        return percent == null ? "–" : percent + " %";
    }
}
