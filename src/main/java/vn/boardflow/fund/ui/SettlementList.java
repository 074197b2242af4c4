package vn.boardflow.fund.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.Settlements.SettlementSummary;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.ResponsiveGrid;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Dossiers as lists show them, one stacked column on a phone: what each is for, for which ward, how much, where it
 * stands, and for the accountant what its checks find; a click opens its page.
 */
final class SettlementList {

    private SettlementList() {
    }

    /**
     * @param id           the grid's id, for tests and for the screen readers' landmarks
     * @param withFindings whether to show what each dossier's checks find
     */
    static Grid<SettlementSummary> of(String id, List<SettlementSummary> rows, boolean withFindings) {
        Grid<SettlementSummary> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<SettlementSummary> compact = grid.addComponentColumn(row -> StackedCell.of(row.title(),
                row.ward().name() + " · " + row.requested().display(), status(row)))
                .setHeader(Messages.text("settlement.column.dossier"));
        List<Grid.Column<SettlementSummary>> detailed = new ArrayList<>(List.of(
                grid.addComponentColumn(row -> StackedCell.of(row.title(), Messages.text("settlement.column.of",
                        row.ward().name(), row.activity(), row.year()))).setHeader(
                        Messages.text("settlement.column.dossier")).setFlexGrow(3),
                grid.addColumn(row -> row.requested().display()).setHeader(Messages.text("settlement.column.amount"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addComponentColumn(SettlementList::status).setHeader(Messages.text("settlement.column.status"))
                        .setAutoWidth(true).setFlexGrow(0)));
        if (withFindings) {
            detailed.add(grid.addComponentColumn(SettlementList::findings)
                    .setHeader(Messages.text("settlement.column.findings")).setFlexGrow(2));
        }
        detailed.add(grid.addColumn(row -> VietnameseDates.format(row.updatedAt()))
                .setHeader(Messages.text("settlement.column.updated")).setAutoWidth(true).setFlexGrow(0));
        ResponsiveGrid.bind(grid, compact, detailed);
        grid.setItems(rows);
        grid.setEmptyStateText(Messages.text("settlement.list.empty"));
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate(SettlementPage.class,
                click.getItem().id().value())));
        return grid;
    }

    private static Span status(SettlementSummary row) {
        return Badges.of(Messages.text(row.kind().statusKey(row.status())), row.status().tone());
    }

    /** The count of each kind, then the first of them in full. */
    private static Div findings(SettlementSummary row) {
        if (row.findings().isEmpty()) {
            return new Div(new Span(Messages.text("settlement.findings.none")));
        }
        Div cell = new Div(new Span(Messages.text("settlement.findings.count", row.blocking(), row.warnings())));
        SettlementFinding first = row.findings().getFirst();
        cell.add(new Div(FindingText.of(first)));
        return cell;
    }
}
