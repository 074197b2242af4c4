package vn.boardflow.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import vn.boardflow.org.CurrentUser;

/** A record outside the user's units (another ward's checklist, say), refused by its service while the page read it. */
@ParentLayout(MainLayout.class)
@PermitAll
class RecordNotAllowed extends NotAllowedPage implements HasErrorParameter<AccessDeniedException> {

    RecordNotAllowed(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(event, parameter.getException().getMessage());
    }
}
