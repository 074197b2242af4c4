package vn.boardflow.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.boardflow.shared.ui.Actions;

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
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession()
                .setErrorHandler(error -> {
                    // with no page to tell (the browser left while an answer was written to it), it is only logged
                    if (UI.getCurrent() == null) {
                        LOG.warn("Failed outside a page: {}", error.getThrowable().toString());
                    } else {
                        Actions.report(error.getThrowable());
                    }
                }));
        event.getSource().addUIInitListener(uiInit -> {
            Locale locale = languages.localeFor(uiInit.getUI().getSession());
            uiInit.getUI().getSession().setLocale(locale);
            uiInit.getUI().setLocale(locale);
        });
    }
}
