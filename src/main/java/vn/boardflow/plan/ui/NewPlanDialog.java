package vn.boardflow.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/** Starts a plan for a body and year, blank or from the body's plan of the year before. */
final class NewPlanDialog {

    private NewPlanDialog() {
    }

    static void open(AnnualPlans plans, PlanDrafting drafting, List<IssuingBodyView> bodies, int defaultYear, Consumer<PlanId> opened) {
        Select<IssuingBodyView> body = new Select<>();
        body.setLabel(Messages.text("plan.field.body"));
        body.setItems(bodies);
        body.setItemLabelGenerator(IssuingBodyView::fullLabel);
        body.setValue(bodies.getFirst());
        IntegerField year = new IntegerField(Messages.text("plan.field.year"));
        year.setValue(defaultYear);
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        Checkbox copy = new Checkbox(Messages.text("plan.field.copyPreviousYear"), true);
        // the copy is offered only when there is a plan of the year before to copy
        Runnable offerCopy = () -> {
            boolean previous = body.getValue() != null && year.getValue() != null
                    && plans.exists(body.getValue().id(), year.getValue() - 1);
            copy.setVisible(previous);
            copy.setValue(previous);
        };
        body.addValueChangeListener(change -> offerCopy.run());
        year.addValueChangeListener(change -> offerCopy.run());
        offerCopy.run();
        new FormDialog(Messages.text("plan.create"), Messages.text("plan.create.confirm"),
                () -> Actions.call(() -> drafting.create(new NewPlan(body.getValue().id(),
                        year.getValue() == null ? 0 : year.getValue(), copy.getValue()))).map(id -> {
                    opened.accept(id);
                    return true;
                }).orElse(false))
                .fields(body, year).wide(copy).open();
    }
}
