package vn.boardflow.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import vn.boardflow.plan.PlanComments.PlanComment;
import vn.boardflow.plan.PlanComments;
import vn.boardflow.plan.PlanId;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.Messages;

/** "Ý kiến": everyone who works on the plan writes here, at any step; the newest comes last. */
class CommentThread extends VerticalLayout {

    private final PlanComments plans;
    private final PlanId planId;
    private final VerticalLayout messages = new VerticalLayout();

    CommentThread(PlanComments plans, PlanId planId) {
        this.plans = plans;
        this.planId = planId;
        setPadding(false);
        messages.setPadding(false);
        TextArea text = new TextArea(Messages.text("plan.comment.new"));
        text.setWidthFull();
        text.setMaxLength(4000);
        Button send = Buttons.once(new Button(Messages.text("plan.comment.send")), () -> {
            if (Actions.run(() -> plans.comment(planId, text.getValue()))) {
                text.clear();
                refresh();
            }
        });
        add(messages, text, send);
        refresh();
    }

    private void refresh() {
        messages.removeAll();
        List<PlanComment> comments = plans.comments(planId);
        if (comments.isEmpty()) {
            messages.add(new Paragraph(Messages.text("plan.comment.none")));
        }
        for (PlanComment comment : comments) {
            Span meta = new Span(Messages.text("plan.comment.meta", comment.authorName(),
                    VietnameseDates.format(comment.writtenAt()), Messages.text(PlanBadges.key(comment.stage()))));
            meta.addClassName("secondary-text");
            Div body = new Div(comment.text());
            body.addClassName("comment-text");
            Div item = new Div(meta, body);
            item.addClassName("comment");
            messages.add(item);
        }
    }
}
