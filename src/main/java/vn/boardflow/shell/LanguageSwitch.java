package vn.boardflow.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.shared.Translations;

/**
 * Chooses the UI language: Vietnamese unless the user picked English, on the login page for this
 * session or in the user menu, where the choice is also remembered for their next sign-in.
 */
@Component
class LanguageSwitch {

    private static final String SESSION_KEY = LanguageSwitch.class.getName();

    private final CurrentUser currentUser;
    private final UserAdministration users;

    LanguageSwitch(CurrentUser currentUser, UserAdministration users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    /** The language for a new UI: the session's choice, else the signed-in user's, else Vietnamese. */
    Locale localeFor(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return currentUser.find()
                .flatMap(actor -> Optional.ofNullable(users.ownLanguage()))
                .map(tag -> Translations.supported(Locale.forLanguageTag(tag)))
                .orElse(Translations.VIETNAMESE);
    }

    void switchTo(Locale locale) {
        Locale supported = Translations.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_KEY, supported);
        session.setLocale(supported);
        if (currentUser.find().isPresent()) {
            users.setOwnLanguage(supported.toLanguageTag());
        }
        // Views translate their texts when built, so the page is rebuilt in the new language.
        UI.getCurrent().getPage().reload();
    }
}
