package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftAction;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.fund.ExpenseItems;
import vn.boardflow.fund.YearEndReports;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;
import vn.boardflow.shared.ui.StackedCell;

/**
 * A budget's page: its lines with what each holds, gave its wards and has left, and their sums; its accountant
 * adds, changes and removes lines and their allocations, each change saved as the budget's next version, then drafts
 * its Quyết định phân bổ kinh phí and sends it for review. Review, sign-off and issuance are the document route's, on
 * the draft's page; while the decision is on its way the lines wait. Once decided, the year's settlement below.
 */
@Route("funds/budget")
@PermitAll
class BudgetPage extends RecordPage<BudgetView> {

    private final Budgets budgets;
    private final ExpenseItems items;
    private final DocumentDrafts drafts;
    private final DraftApproval approval;
    private final YearEndReports yearEnd;

    BudgetPage(Budgets budgets, ExpenseItems items, DocumentDrafts drafts, DraftApproval approval,
               YearEndReports yearEnd) {
        super(id -> BudgetId.from(id).flatMap(budgets::find), "budget.error.notFound");
        this.budgets = budgets;
        this.items = items;
        this.drafts = drafts;
        this.approval = approval;
        this.yearEnd = yearEnd;
        setWidthFull();
    }

    @Override
    protected String show(BudgetView budget) {
        BudgetContent content = budget.content();
        add(new Span(getTranslation("budget.sums", content.total().display(), content.allocated().display(),
                content.total().minus(content.allocated()).display())));
        add(decisionBar(budget));
        List<ExpenseItem> inForce = items.inForceOn(LocalDate.of(budget.year(), 1, 1));
        if (budget.editable()) {
            Button add = new Button(getTranslation("budget.line.add"), VaadinIcon.PLUS.create(),
                    click -> BudgetLineDialog.open(budget, inForce, null, line -> save(budget, with(content, -1, line))));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add(add);
        }
        Grid<BudgetLine> grid = new Grid<>();
        grid.setId("budget-lines");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> content.lines().indexOf(line) + 1).setHeader(getTranslation("budget.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(line -> StackedCell.of(line.activity(), inForce.stream()
                        .filter(item -> item.code().equals(line.itemCode())).findFirst().map(ExpenseItem::label)
                        .orElse(line.itemCode())))
                .setHeader(getTranslation("budget.column.line")).setFlexGrow(3);
        grid.addColumn(line -> line.amount().display()).setHeader(getTranslation("budget.column.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.allocated().display()).setHeader(getTranslation("budget.column.allocated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(line -> remaining(line)).setHeader(getTranslation("budget.column.remaining"))
                .setAutoWidth(true).setFlexGrow(0);
        if (budget.editable()) {
            grid.addComponentColumn(line -> actions(budget, inForce, line)).setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(content.lines());
        grid.setEmptyStateText(getTranslation("budget.lines.empty"));
        add(grid);
        if (budget.decision() != null) {
            add(new YearEndPanel(budget, yearEnd, () -> load(budget.id().value())));
        }
        return getTranslation("budget.title", budget.year()) + " · " + budget.bodyLabel();
    }

    /**
     * Where its decision stands and the drafter's steps from here: draft it (again, for an adjustment after one was
     * issued), send the draft as written, open the draft's page, open the decision issued.
     */
    private FlexLayout decisionBar(BudgetView budget) {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("toolbar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (budget.status() != null) {
            bar.add(Badges.of(getTranslation("budget.decision.status", getTranslation(budget.status().messageKey())),
                    budget.status().tone()));
        }
        if (budget.decisionDraftable()) {
            Button draft = new Button(getTranslation(budget.decision() == null ? "budget.decision.draft"
                    : "budget.decision.adjust"), VaadinIcon.FILE_TEXT_O.create());
            bar.add(Buttons.once(draft, () -> Actions.call(() -> budgets.draftDecision(budget.id())).ifPresent(id -> {
                Notifications.success(getTranslation("budget.decision.drafted"));
                load(budget.id().value());
            })));
        }
        Optional<DraftView> draft = Optional.ofNullable(budget.draftId()).flatMap(drafts::find);
        draft.filter(view -> view.may(DraftAction.SUBMIT)).ifPresent(view -> {
            Button submit = new Button(getTranslation("budget.decision.submit"));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(Buttons.once(submit, () -> {
                if (Actions.run(() -> approval.submit(view.id(), view.version()), "draft.submitted")) {
                    load(budget.id().value());
                }
            }));
        });
        draft.ifPresent(view -> bar.add(new Anchor("drafts/" + view.id(), getTranslation("budget.decision.open"))));
        if (budget.decision() != null) {
            bar.add(new Anchor("documents/issued/" + budget.decision().id(),
                    getTranslation("budget.decision.issued", budget.decision().symbol())));
        }
        return bar;
    }

    /** Nothing left is quiet; what the wards have not been given yet stands out. */
    private Span remaining(BudgetLine line) {
        Span left = new Span(line.remaining().display());
        if (!line.remaining().isZero()) {
            left.addClassName("field-warning");
        }
        return left;
    }

    private HorizontalLayout actions(BudgetView budget, List<ExpenseItem> inForce, BudgetLine line) {
        int index = budget.content().lines().indexOf(line);
        Button edit = new Button(getTranslation("budget.line.edit"), click -> BudgetLineDialog.open(budget, inForce,
                line, changed -> save(budget, with(budget.content(), index, changed))));
        Button remove = new Button(getTranslation("budget.line.remove"), click -> ConfirmDialogs.confirm(
                getTranslation("budget.line.remove.title"), getTranslation("budget.line.remove.text", line.activity()),
                getTranslation("budget.line.remove"), () -> save(budget, without(budget.content(), index))));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return new HorizontalLayout(edit, remove);
    }

    /** Saves the budget's next version and redraws the page; refused, the page stays as the user left it. */
    private boolean save(BudgetView budget, BudgetContent content) {
        boolean saved = Actions.call(() -> budgets.save(budget.id(), budget.version(), content)).isPresent();
        if (saved) {
            Notifications.success(getTranslation("budget.saved"));
            load(budget.id().value());
        }
        return saved;
    }

    /** The content with the line at {@code index} replaced, or added at the end for {@code -1}. */
    private static BudgetContent with(BudgetContent content, int index, BudgetLine line) {
        List<BudgetLine> lines = new ArrayList<>(content.lines());
        if (index < 0) {
            lines.add(line);
        } else {
            lines.set(index, line);
        }
        return new BudgetContent(lines);
    }

    private static BudgetContent without(BudgetContent content, int index) {
        List<BudgetLine> lines = new ArrayList<>(content.lines());
        lines.remove(index);
        return new BudgetContent(lines);
    }
}
