package vn.boardflow.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.boardflow.plan.PlanTrail.PlanChange;
import vn.boardflow.shared.ui.Messages;

/** What the drafter changed between the last two submissions: fields, sections and targets, before and after. */
class PlanChanges extends VerticalLayout {

    PlanChanges(List<PlanChange> changes) {
        setPadding(false);
        if (changes.isEmpty()) {
            add(new Paragraph(Messages.text("plan.changes.none")));
            return;
        }
        Grid<PlanChange> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(change -> Messages.text("plan.changes.area." + change.area())).setHeader(Messages.text("plan.changes.area"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(change -> change.area().equals("field") ? Messages.text(change.what()) : change.what())
                .setHeader(Messages.text("plan.changes.what")).setFlexGrow(1);
        grid.addColumn(PlanChange::before).setHeader(Messages.text("plan.changes.before")).setFlexGrow(2);
        grid.addColumn(PlanChange::after).setHeader(Messages.text("plan.changes.after")).setFlexGrow(2);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        add(new Paragraph(Messages.text("plan.changes.explanation")), grid);
    }
}
