package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text on screen comes from the bundles, in both languages. */
class MessageBundlesTest {

    /** Literal keys handed to the translation helpers, the audit log and rule violations. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|Messages\\.text|new RuleViolation|runAndThen|Actions\\.run)\\([^\";]*?\"([a-zA-Z][\\w.]+)\"");
    private static final Pattern SUCCESS_KEY = Pattern.compile("\"((?:[a-z]+)\\.[a-zA-Z]+)\", (?:afterChange|this::refresh)\\)");
    private static final Pattern AUDIT_ACTION = Pattern.compile(
            "(?:AuditRecord\\.of|audit)\\(\"([a-z]+\\.[a-zA-Z]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\(title = \"([\\w.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = Translations.bundle(Translations.VIETNAMESE).keySet();
        Set<String> english = Translations.bundle(Translations.ENGLISH).keySet();
        assertThat(difference(vietnamese, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, vietnamese)).as("keys missing in Vietnamese").isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = Translations.bundle(Translations.VIETNAMESE).keySet();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(KEY_USE, code, used, "");
                collect(SUCCESS_KEY, code, used, "");
                collect(MENU_TITLE, code, used, "");
                collect(AUDIT_ACTION, code, used, "audit.action.");
            }
        }
        // a key ending in a dot is completed at run time: audit actions are collected one by one above,
        // enum labels and audit entity and group labels in OrgLabelsTest
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(100);
        assertThat(difference(used, keys)).as("keys used but missing from the bundles").isEmpty();
    }

    /**
     * A text is run through MessageFormat only when it has arguments ({@link Translations#get}), so its
     * quoting must match: with arguments an apostrophe is written twice ("Ward''s") and a brace quoted
     * ("'{'"); without, both are written as they print, or the quotes show on screen.
     */
    @Test
    void apostrophesAndBracesAreWrittenForHowEachTextIsFormatted() {
        for (var locale : Translations.LOCALES) {
            var bundle = Translations.bundle(locale);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (ARGUMENT.matcher(text).find()) {
                    assertThat(text.replace("''", "").replace("'{'", "").replace("'}'", ""))
                            .as("%s (%s) has arguments: write an apostrophe as ''", key, locale).doesNotContain("'");
                } else {
                    assertThat(text).as("%s (%s) has no arguments, so MessageFormat's quoting would show", key, locale)
                            .doesNotContain("'{'", "'}'", "''");
                }
            }
        }
    }

    private static void collect(Pattern pattern, String code, Set<String> into, String prefix) {
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            into.add(prefix + matcher.group(1));
        }
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return Collections.unmodifiableSet(result);
    }
}
