package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.Settlements.OpenDossier;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Voucher;
import vn.boardflow.fund.WardFunds.LineFunds;
import vn.boardflow.fund.WardFunds;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.ResponsiveGrid;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Kinh phí của phường: what the issued budgets above give the user's ward, line by line, the newest year first, with
 * what its dossiers ask and were approved for, what it holds as advances and what is left; a dossier or an advance
 * is opened against a line from here, and the ward's dossiers and advances are listed below.
 */
@Route("funds/mine")
@PermitAll
@Menu(title = "nav.wardFunds", order = 26.1, icon = "vaadin:wallet")
class WardFundsView extends VerticalLayout implements HasDynamicTitle {

    private final Settlements settlements;

    WardFundsView(WardFunds funds, Settlements settlements) {
        this.settlements = settlements;
        setSizeFull();
        Grid<LineFunds> grid = new Grid<>();
        grid.setId("ward-funds");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<LineFunds> compact = grid.addComponentColumn(row -> StackedCell.of(row.allocation().activity(),
                getTranslation("fund.mine.phone", row.allocation().allocated().display(), row.remaining().display()),
                actions(row))).setHeader(getTranslation("budget.column.line"));
        List<Grid.Column<LineFunds>> detailed = List.of(
                grid.addComponentColumn(row -> StackedCell.of(row.allocation().activity(), getTranslation(
                        "fund.mine.line", row.allocation().year(), row.allocation().bodyLabel(),
                        row.allocation().ward().name(), row.allocation().itemCode())))
                        .setHeader(getTranslation("budget.column.line")).setFlexGrow(3),
                grid.addColumn(row -> row.allocation().allocated().display())
                        .setHeader(getTranslation("budget.column.allocated")).setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(row -> row.pending().display()).setHeader(getTranslation("fund.mine.pending"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(row -> row.settled().display()).setHeader(getTranslation("fund.mine.settled"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(row -> row.advanced().display()).setHeader(getTranslation("fund.mine.advanced"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(row -> row.remaining().display()).setHeader(getTranslation("budget.column.remaining"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addComponentColumn(this::actions).setKey("open").setAutoWidth(true).setFlexGrow(0));
        ResponsiveGrid.bind(grid, compact, detailed);
        grid.setItems(funds.mine());
        grid.setEmptyStateText(getTranslation("fund.mine.empty"));
        add(grid, new H3(getTranslation("settlement.list.ward")),
                SettlementList.of("ward-settlements", settlements.mine(), false));
    }

    /** A dossier, or an advance, opened against the line while something of it is left. */
    private Div actions(LineFunds row) {
        return new Div(open(row, DossierKind.SETTLEMENT, "settlement.open", "settlement.open.title"),
                open(row, DossierKind.ADVANCE, "advance.open", "advance.open.title"));
    }

    private Button open(LineFunds row, DossierKind kind, String labelKey, String titleKey) {
        Button open = new Button(getTranslation(labelKey), click -> {
            TextField title = new TextField(getTranslation(kind == DossierKind.ADVANCE ? "advance.field.reason"
                    : "settlement.field.title"));
            title.setValue(row.allocation().activity());
            title.setMaxLength(Voucher.MAX_TEXT);
            title.setRequiredIndicatorVisible(true);
            new FormDialog(getTranslation(titleKey, row.allocation().activity()), getTranslation(labelKey),
                    () -> Actions.call(() -> settlements.open(new OpenDossier(row.allocation().budgetId(),
                            row.allocation().lineKey(), row.allocation().ward().unitId(), title.getValue(), kind)))
                            .map(id -> {
                                getUI().ifPresent(ui -> ui.navigate(SettlementPage.class, id.value()));
                                return true;
                            }).orElse(false)).wide(title).open();
        });
        open.addThemeVariants(ButtonVariant.SMALL);
        if (kind == DossierKind.ADVANCE) {
            open.addThemeVariants(ButtonVariant.TERTIARY);
        }
        open.setEnabled(!row.remaining().isZero());
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.wardFunds");
    }
}
