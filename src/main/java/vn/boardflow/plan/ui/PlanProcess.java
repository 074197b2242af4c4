package vn.boardflow.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanTrail.PlanEvent;
import vn.boardflow.plan.PlanTrail;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Messages;

/** The approval process drawn with the plan's current step highlighted, and who did what, when, with which comment. */
class PlanProcess extends VerticalLayout {

    PlanProcess(PlanTrail plans, PlanId planId) {
        setPadding(false);
        Image diagram = new Image(Downloads.handler(() -> new Downloads.File("quy-trinh-ke-hoach.png", "image/png",
                plans.diagram(planId))), Messages.text("plan.process.diagram"));
        diagram.addClassName("process-diagram");
        Div scroller = new Div(diagram);
        scroller.addClassName("diagram-scroller");

        Grid<PlanEvent> history = new Grid<>();
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.addColumn(event -> VietnameseDates.format(event.occurredAt())).setHeader(Messages.text("plan.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(event -> event.actingFor() == null ? event.actorName()
                        : Messages.text("plan.history.actingFor", event.actorName(), event.actingFor()))
                .setHeader(Messages.text("plan.history.who")).setFlexGrow(1);
        history.addColumn(event -> Messages.text("plan.event." + event.action())).setHeader(Messages.text("plan.history.what"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(event -> event.comment() == null ? "" : event.comment())
                .setHeader(Messages.text("plan.history.comment")).setFlexGrow(2);
        history.addComponentColumn(event -> PlanBadges.of(event.statusAfter())).setHeader(Messages.text("plan.history.status"))
                .setAutoWidth(true).setFlexGrow(0);
        history.setItems(plans.history(planId));
        history.setAllRowsVisible(true);
        add(scroller, new H3(Messages.text("plan.history.title")), history);
    }
}
