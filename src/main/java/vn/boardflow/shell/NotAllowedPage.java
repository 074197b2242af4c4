package vn.boardflow.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;

/**
 * What a signed-in user sees instead of a page they may not open, with a way home. A refusal is the
 * access rules working, not a fault: it is logged as one line, who and where, and never as an error.
 */
abstract class NotAllowedPage extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(NotAllowedPage.class);

    private final CurrentUser currentUser;

    NotAllowedPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("not-allowed-page");
    }

    int refuse(BeforeEnterEvent event, String reason) {
        String user = currentUser.find().map(Actor::username).orElse("(anonymous)");
        LOG.warn("Access denied: {} to /{} ({})", user, event.getLocation().getPathWithQueryParameters(), reason);
        removeAll();
        Button home = new Button(getTranslation("notAllowed.home"), click -> getUI().ifPresent(ui -> ui.navigate("")));
        home.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("notAllowed.title")), new Paragraph(getTranslation("notAllowed.text")), home);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notAllowed.title");
    }
}
