package vn.boardflow.fund.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.Budgets.WardAllocation;
import vn.boardflow.shared.ui.StackedCell;

/** Kinh phí của phường: what the budgets above give the user's ward, line by line, the newest year first. */
@Route("funds/mine")
@PermitAll
@Menu(title = "nav.wardFunds", order = 26.1, icon = "vaadin:wallet")
class WardFundsView extends VerticalLayout implements HasDynamicTitle {

    WardFundsView(Budgets budgets) {
        setSizeFull();
        Grid<WardAllocation> grid = new Grid<>();
        grid.setId("ward-funds");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> StackedCell.of(row.activity(), getTranslation("fund.mine.line", row.year(),
                row.bodyLabel(), row.ward().name(), row.itemCode()))).setHeader(getTranslation("budget.column.line"))
                .setFlexGrow(3);
        grid.addColumn(row -> row.allocated().display()).setHeader(getTranslation("budget.column.allocated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(budgets.allocationsToMyWards());
        grid.setEmptyStateText(getTranslation("fund.mine.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.wardFunds");
    }
}
