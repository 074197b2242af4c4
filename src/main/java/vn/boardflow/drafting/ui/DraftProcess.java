package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftTrail.DraftStep;
import vn.boardflow.drafting.DraftTrail;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Messages;

/** The route drawn with the draft's current step highlighted, and who did what, when, on which version. */
class DraftProcess extends VerticalLayout {

    DraftProcess(DraftTrail trail, DraftId id) {
        setPadding(false);
        add(new H3(Messages.text("draft.process.title")));
        Image diagram = new Image(Downloads.handler(() -> new Downloads.File("quy-trinh-trinh-ky.png", "image/png",
                trail.diagram(id))), Messages.text("draft.process.diagram"));
        diagram.addClassName("process-diagram");
        Div scroller = new Div(diagram);
        scroller.addClassName("diagram-scroller");

        Grid<DraftStep> history = new Grid<>();
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.addColumn(step -> VietnameseDates.format(step.occurredAt())).setHeader(Messages.text("draft.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(step -> step.actingFor() == null ? step.actorName()
                        : Messages.text("draft.history.actingFor", step.actorName(), step.actingFor()))
                .setHeader(Messages.text("draft.history.who")).setFlexGrow(1);
        history.addColumn(step -> Messages.text("draft.step." + step.action(), step.revision()))
                .setHeader(Messages.text("draft.history.what")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(step -> step.comment() == null ? "" : step.comment())
                .setHeader(Messages.text("draft.history.comment")).setFlexGrow(2);
        history.addComponentColumn(step -> DraftBadges.of(step.statusAfter()))
                .setHeader(Messages.text("draft.history.status")).setAutoWidth(true).setFlexGrow(0);
        history.setItems(trail.history(id));
        history.setAllRowsVisible(true);
        history.setEmptyStateText(Messages.text("draft.history.none"));
        add(scroller, new H3(Messages.text("draft.history.title")), history);
    }
}
