package vn.boardflow.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;

/** Gives every session its language and every UI the same handling of unexpected errors. */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

    private final LanguageSwitch languages;

    UiSetup(LanguageSwitch languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(error -> {
            String message = Messages.describe(error.getThrowable());
            if (message == null) {
                LOG.error("Unexpected error in the UI", error.getThrowable());
                message = Messages.text("error.unexpected");
            }
            Notifications.error(message);
        }));
        event.getSource().addUIInitListener(uiInit -> {
            Locale locale = languages.localeFor(uiInit.getUI().getSession());
            uiInit.getUI().getSession().setLocale(locale);
            uiInit.getUI().setLocale(locale);
        });
    }
}
