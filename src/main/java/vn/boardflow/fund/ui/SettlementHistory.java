package vn.boardflow.fund.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import vn.boardflow.fund.SettlementStep;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Messages;

/** Who did what to the dossier, when, and what they said; and its route drawn with its current step highlighted. */
class SettlementHistory extends VerticalLayout {

    SettlementHistory(SettlementView dossier, Settlements settlements) {
        setPadding(false);
        add(new H3(Messages.text("settlement.history.title")));
        Grid<SettlementStep> history = new Grid<>();
        history.setId("settlement-history");
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.addColumn(step -> VietnameseDates.format(step.at())).setHeader(Messages.text("draft.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(step -> step.actingFor() == null ? step.actorName()
                        : Messages.text("draft.history.actingFor", step.actorName(), step.actingFor()))
                .setHeader(Messages.text("draft.history.who")).setFlexGrow(1);
        history.addColumn(step -> Messages.text(step.action().messageKey()))
                .setHeader(Messages.text("draft.history.what")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(SettlementHistory::said).setHeader(Messages.text("draft.history.comment")).setFlexGrow(2);
        history.setItems(dossier.trail().reversed());
        history.setAllRowsVisible(true);
        add(history);
        if (dossier.processInstanceId() != null) {
            add(new H3(Messages.text("settlement.process.title")));
            Image diagram = new Image(Downloads.handler(() -> new Downloads.File("quy-trinh-thanh-toan.png",
                    "image/png", settlements.diagram(dossier.id()).orElseThrow())),
                    Messages.text("settlement.process.diagram"));
            diagram.addClassName("process-diagram");
            Div scroller = new Div(diagram);
            scroller.addClassName("diagram-scroller");
            add(scroller);
        }
    }

    /** The comment, the amount approved, and the comments on each voucher. */
    private static String said(SettlementStep step) {
        StringBuilder text = new StringBuilder(step.comment() == null ? "" : step.comment());
        if (step.amount() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(step.amount().display());
        }
        if (!step.voucherComments().isEmpty()) {
            text.append(text.isEmpty() ? "" : " · ").append(step.voucherComments().entrySet().stream()
                    .map(entry -> Messages.text("settlement.history.voucher", entry.getKey(), entry.getValue()))
                    .collect(Collectors.joining("; ")));
        }
        return text.toString();
    }
}
