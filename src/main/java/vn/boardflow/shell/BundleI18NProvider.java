package vn.boardflow.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.boardflow.shared.Translations;

/** Gives Vaadin's {@code getTranslation} the application's bundles. */
@Component
class BundleI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.get(locale, key, params);
    }
}
