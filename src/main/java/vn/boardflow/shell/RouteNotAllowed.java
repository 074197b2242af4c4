package vn.boardflow.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import vn.boardflow.org.CurrentUser;

/** A page the user's roles do not open, as the view's access annotation says. */
@ParentLayout(MainLayout.class)
@PermitAll
class RouteNotAllowed extends NotAllowedPage implements HasErrorParameter<AccessDeniedException> {

    RouteNotAllowed(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(event, parameter.hasCustomMessage() ? parameter.getCustomMessage() : "role");
    }
}
