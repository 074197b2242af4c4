package vn.boardflow.org.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Substitutions;
import vn.boardflow.org.UserDirectory;

/** Reached from the user menu: the signed-in user names who covers for them while they are away. */
@Route("me/substitutes")
@PermitAll
class MySubstitutesView extends VerticalLayout implements HasDynamicTitle {

    MySubstitutesView(CurrentUser currentUser, Substitutions substitutions, UserDirectory directory, Clock clock) {
        add(new SubstitutionsPanel(substitutions, directory, currentUser.actor().userId(), LocalDate.now(clock)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.substitutes");
    }
}
