package vn.boardflow.shared;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: lower case, without tone marks or other diacritics, with
 * "đ" read as "d", so "nguyen van" finds "Nguyễn Văn" on H2 and PostgreSQL alike.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    /** The folded words of a search, each of which a match must contain: "ke hoach phu loi" finds "Kế hoạch … Phú Lợi". */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** The text in plain ASCII letters, case kept ("Đề án" becomes "De an"), for file names. */
    public static String ascii(String text) {
        if (text == null) {
            return "";
        }
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Whether the text holds what was typed in a filter box, accents and case aside. */
    public static boolean matches(String text, String filter) {
        return fold(text).contains(fold(filter));
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped).replaceAll(" ").strip();
    }
}
