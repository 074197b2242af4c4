package vn.boardflow.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.ResponsiveGrid;
import vn.boardflow.shared.ui.StackedCell;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.TaskInbox;

/** "Việc của tôi": the tasks waiting for the user, soonest due first, overdue ones marked. */
@Route("tasks")
@PermitAll
@Menu(title = "nav.inbox", order = 1, icon = "vaadin:tasks")
class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String TASK_PARAMETER = "task";
    static final String ACTIONS_COLUMN = "actions";

    private final TaskInbox inbox;
    private final TaskActions actions;
    private final Grid<InboxTask> grid = new Grid<>();
    private final Checkbox overdueOnly = new Checkbox();

    InboxView(TaskInbox inbox, TaskActions actions) {
        this.inbox = inbox;
        this.actions = actions;
        setSizeFull();
        addClassName("inbox-view");

        overdueOnly.setLabel(getTranslation("inbox.overdueOnly"));
        overdueOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button refresh = new Button(getTranslation("action.refresh"), click -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(overdueOnly, refresh);
        toolbar.setAlignItems(Alignment.BASELINE);

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setPartNameGenerator(task -> task.overdue() ? "overdue" : null);

        Grid.Column<InboxTask> compact = grid.addComponentColumn(this::compactCard)
                .setHeader(getTranslation("inbox.column.task"));
        List<Grid.Column<InboxTask>> detailed = List.of(
                grid.addComponentColumn(this::taskCell).setHeader(getTranslation("inbox.column.task"))
                        .setFlexGrow(2).setResizable(true),
                grid.addColumn(InboxTask::processName).setHeader(getTranslation("inbox.column.process"))
                        .setResizable(true),
                grid.addColumn(InboxTask::subject).setHeader(getTranslation("inbox.column.subject"))
                        .setFlexGrow(2).setResizable(true),
                grid.addColumn(InboxTask::unitName).setHeader(getTranslation("inbox.column.unit")).setResizable(true),
                grid.addColumn(task -> VietnameseDates.format(task.createdAt()))
                        .setHeader(getTranslation("inbox.column.created")).setAutoWidth(true).setFlexGrow(0),
                grid.addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.column.due"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(this::holder).setHeader(getTranslation("inbox.column.assignee")).setResizable(true));
        grid.addComponentColumn(this::actionsCell).setKey(ACTIONS_COLUMN).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        ResponsiveGrid.bind(grid, compact, detailed);

        grid.setItems(
                query -> inbox.page(overdueOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> inbox.count(overdueOnly.getValue()));
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
    }

    private Component taskCell(InboxTask task) {
        return StackedCell.of(task.name(), actingFor(task));
    }

    private String actingFor(InboxTask task) {
        return task.actingFor() == null ? null : getTranslation("inbox.actingFor", task.actingFor());
    }

    private Component dueCell(InboxTask task) {
        Span date = new Span(task.dueAt() == null ? "" : VietnameseDates.format(dueDate(task)));
        if (!task.overdue()) {
            return date;
        }
        return new HorizontalLayout(date, Badges.of(getTranslation("inbox.overdue"), Badges.Tone.ERROR));
    }

    private static LocalDate dueDate(InboxTask task) {
        return task.dueAt().atZone(VietnameseDates.ZONE).toLocalDate();
    }

    private String holder(InboxTask task) {
        return task.claimable() ? getTranslation("inbox.waiting") : task.assigneeName();
    }

    private Component compactCard(InboxTask task) {
        String dueLine = task.unitName() + (task.dueAt() == null ? ""
                : " · " + getTranslation("inbox.column.due") + " " + VietnameseDates.format(dueDate(task)));
        var card = StackedCell.of(task.name(), actingFor(task), task.subject(), dueLine);
        if (task.overdue()) {
            card.add(Badges.of(getTranslation("inbox.overdue"), Badges.Tone.ERROR));
        }
        return card;
    }

    private Component actionsCell(InboxTask task) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.addClassName("row-actions");
        if (task.claimable()) {
            cell.add(button("inbox.claim", () -> Actions.run(() -> actions.claim(task.id()), "inbox.claimed")));
        } else {
            cell.add(button("inbox.release", () -> Actions.run(() -> actions.unclaim(task.id()), "inbox.released")));
        }
        Button open = new Button(getTranslation("inbox.open"), click -> open(task));
        open.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        cell.add(open);
        return cell;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            action.run();
            grid.getDataProvider().refreshAll();
        });
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setDisableOnClick(true);
        return button;
    }

    /** The form key names the route that handles the task; the task id travels as a query parameter. */
    private void open(InboxTask task) {
        String route = task.formKey();
        // a path with the record's id ("plans/42") names no route template, so it is resolved as the router would
        if (route == null || RouteConfiguration.forApplicationScope().getRoute(route).isEmpty()) {
            Notifications.error(getTranslation("inbox.noForm"));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.of(TASK_PARAMETER, task.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
