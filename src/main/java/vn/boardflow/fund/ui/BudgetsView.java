package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.StackedCell;

/** Dự toán kinh phí: the budgets of the user's bodies, the newest year first; the accountant opens a year's. */
@Route("funds/budgets")
@PermitAll
@Menu(title = "nav.budgets", order = 26, icon = "vaadin:money")
class BudgetsView extends VerticalLayout implements HasDynamicTitle {

    BudgetsView(Budgets budgets, Clock clock) {
        setSizeFull();
        List<IssuingBodyView> writable = budgets.writableBodies();
        Button create = new Button(getTranslation("budget.create"), click -> open(budgets, writable,
                LocalDate.now(clock).getYear()));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(!writable.isEmpty());
        Grid<BudgetView> grid = new Grid<>();
        grid.setSizeFull();
        grid.addComponentColumn(budget -> StackedCell.of(getTranslation("budget.title", budget.year()),
                budget.bodyLabel())).setHeader(getTranslation("budget.column.budget")).setFlexGrow(3);
        grid.addColumn(budget -> budget.content().total().display()).setHeader(getTranslation("budget.column.total"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(budget -> budget.content().allocated().display())
                .setHeader(getTranslation("budget.column.allocated")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(budget -> budget.status() == null ? new Span()
                        : Badges.of(getTranslation(budget.status().messageKey()), budget.status().tone()))
                .setHeader(getTranslation("budget.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(budgets.list());
        grid.setEmptyStateText(getTranslation("budget.empty"));
        grid.addItemClickListener(click -> show(click.getItem().id()));
        add(create, grid);
    }

    private void open(Budgets budgets, List<IssuingBodyView> writable, int thisYear) {
        Select<IssuingBodyView> body = new Select<>();
        body.setLabel(getTranslation("budget.field.body"));
        body.setItems(writable);
        body.setItemLabelGenerator(IssuingBodyView::fullLabel);
        body.setValue(writable.getFirst());
        IntegerField year = new IntegerField(getTranslation("budget.field.year"));
        year.setValue(thisYear);
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        new FormDialog(getTranslation("budget.create"), getTranslation("budget.create.confirm"),
                () -> Actions.call(() -> budgets.create(body.getValue().id(), year.getValue() == null ? 0
                        : year.getValue())).map(id -> {
                    show(id);
                    return true;
                }).orElse(false))
                .wide(body).fields(year).open();
    }

    private void show(BudgetId id) {
        getUI().ifPresent(ui -> ui.navigate(BudgetPage.class, id.value()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.budgets");
    }
}
