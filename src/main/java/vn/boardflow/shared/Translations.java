package vn.boardflow.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's texts, Vietnamese first and English second, read from {@code i18n/messages}.
 * Bundles are UTF-8 properties; the Vietnamese file is the base bundle so a missing English key never
 * shows a raw key to a Vietnamese user.
 */
public final class Translations {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    public static final String BUNDLE = "i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Translations() {
    }

    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return VIETNAMESE;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
    }

    /** The text for {@code key}, or {@code !key!} so a missing text stands out on screen and in tests. */
    public static String get(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        String pattern;
        try {
            pattern = bundle(supported).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported).format(arguments);
    }
}
