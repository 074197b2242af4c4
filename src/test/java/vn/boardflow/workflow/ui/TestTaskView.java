package vn.boardflow.workflow.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The route the test process's form key names; it shows which task it was opened for. */
@Route("test-task")
@PermitAll
class TestTaskView extends VerticalLayout implements BeforeEnterObserver {

    final Span taskId = new Span();

    TestTaskView() {
        add(taskId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId.setText(event.getLocation().getQueryParameters().getSingleParameter(InboxView.TASK_PARAMETER).orElse(""));
    }
}
