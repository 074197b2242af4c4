package vn.boardflow.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Locale;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.Translations;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private final LanguageSwitch languages;

    LoginView(CurrentUser currentUser, LanguageSwitch languages) {
        this.currentUser = currentUser;
        this.languages = languages;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        Div brand = new Div(new H1("BoardFlow"), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("login-brand");

        add(brand, form, languageLinks(), new Span(getTranslation("login.forgotHint")));
    }

    private HorizontalLayout languageLinks() {
        HorizontalLayout links = new HorizontalLayout();
        for (Locale locale : Translations.LOCALES) {
            Button link = new Button(Translations.get(locale, "language.name"), click -> languages.switchTo(locale));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
            links.add(link);
        }
        return links;
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "login.error.badCredentials" : errorKey));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(errorKey()));
            form.setError(true);
        }
    }

    /** Spring Security leaves the reason of the last failure in the HTTP session. */
    private static String errorKey() {
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return "login.error.locked";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        return "login.error.badCredentials";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · BoardFlow";
    }
}
