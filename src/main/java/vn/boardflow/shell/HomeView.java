package vn.boardflow.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Memberships.MembershipView;
import vn.boardflow.org.Memberships;
import vn.boardflow.report.LateReports;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.TaskInbox;

/** The first page after signing in: how much work waits, what is overdue (tasks, reports), and where the user acts. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int SOONEST_TASKS = 5;

    static final int LATE_REPORTS = 10;

    HomeView(CurrentUser currentUser, TaskInbox inbox, Notices notices, Memberships memberships,
             LateReports lateReports, Clock clock) {
        addClassName("home-view");
        Actor actor = currentUser.actor();
        add(new H2(getTranslation("home.greeting", actor.fullName())),
                new Paragraph(getTranslation("home.today", VietnameseDates.format(LocalDate.now(clock)))));

        int open = inbox.count(false);
        int overdue = inbox.count(true);
        int unread = notices.unreadCount();
        Div stats = new Div(stat(getTranslation("home.openTasks"), open, false),
                stat(getTranslation("home.overdueTasks"), overdue, overdue > 0),
                stat(getTranslation("home.unreadNotices"), unread, unread > 0));
        stats.addClassName("home-stats");
        add(stats);

        add(new H3(getTranslation("home.soonest")));
        List<InboxTask> soonest = inbox.page(false, 0, SOONEST_TASKS);
        if (soonest.isEmpty()) {
            add(new Paragraph(getTranslation("inbox.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            soonest.forEach(task -> list.add(new ListItem(taskLine(task))));
            add(list);
        }
        Button toInbox = new Button(getTranslation("home.openInbox"), click -> getUI().ifPresent(ui -> ui.navigate("tasks")));
        toInbox.addThemeVariants(ButtonVariant.PRIMARY);
        add(toInbox);
        late(lateReports.mine(LATE_REPORTS));

        add(new H3(getTranslation("home.roles")));
        UnorderedList roles = new UnorderedList();
        memberships.of(actor.userId()).stream().filter(MembershipView::activeToday).forEach(membership ->
                roles.add(new ListItem(getTranslation(membership.role().messageKey()) + " — " + membership.unitName())));
        add(roles.getChildren().findAny().isPresent() ? roles : new Paragraph(getTranslation("home.noRoles")));
    }

    /** The reports past their days of grace: the ward's to send, the secretariat's to chase. */
    private void late(List<UnitReportSummary> reports) {
        if (reports.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("home.lateReports")));
        UnorderedList list = new UnorderedList();
        reports.forEach(report -> {
            Anchor link = new Anchor("reports/" + report.id(), getTranslation("home.lateReport", report.unitName(),
                    report.period().label(), report.formName(), VietnameseDates.format(report.dueOn())));
            link.getElement().setAttribute("router-link", true);
            link.addClassName("late-report");
            list.add(new ListItem(link));
        });
        add(list);
    }

    private Component stat(String label, int value, boolean alarming) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        Div card = new Div(number, new Span(label));
        card.addClassName("stat-card");
        if (alarming) {
            card.addClassName("alarming");
        }
        return card;
    }

    private String taskLine(InboxTask task) {
        String due = task.dueAt() == null ? getTranslation("home.noDue")
                : getTranslation("home.due", VietnameseDates.format(task.dueAt().atZone(VietnameseDates.ZONE).toLocalDate()));
        String line = task.name() + " — " + task.subject() + " (" + due + ")";
        return task.overdue() ? line + " · " + getTranslation("inbox.overdue") : line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
