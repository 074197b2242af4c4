package vn.boardflow.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.DemoUnits;
import vn.boardflow.KaribuTest;
import vn.boardflow.Logins;
import vn.boardflow.org.Organisation;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.WardReportCases;
import vn.boardflow.workflow.Workflows;

class InboxViewTest extends KaribuTest {

    @Autowired
    Clock clock;
    @Autowired
    Workflows workflows;
    @Autowired
    Organisation organisation;

    @Test
    void theInboxShowsATaskOfTheUsersGroupAndHidesATaskOfAnotherWard() {
        loginAs("duthao");
        Instant due = clock.instant().plus(Duration.ofDays(3));
        String own = WardReportCases.start(workflows, DemoUnits.wardBoard(organisation, "Phú Cường").id(), "Phú Cường", due);
        String other = WardReportCases.start(workflows, DemoUnits.wardBoard(organisation, "Phú Lợi").id(), "Phú Lợi", due);
        Logins.out();
        loginAs("phucuong");

        UI.getCurrent().navigate("tasks");
        InboxView view = _get(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<InboxTask> grid = _get(view, Grid.class);
        List<String> subjects = GridKt._findAll(grid).stream().map(InboxTask::subject).toList();

        assertThat(subjects).contains(own).doesNotContain(other);
    }

    @Test
    void claimingFromTheInboxAndOpeningTheTaskGoesToTheRouteOfItsFormKey() {
        loginAs("duthao");
        String subject = WardReportCases.start(workflows, DemoUnits.wardBoard(organisation, "Phú Cường").id(),
                "Phú Cường", clock.instant().minus(Duration.ofDays(1)));
        Logins.out();
        loginAs("phucuong");
        UI.getCurrent().navigate("tasks");
        @SuppressWarnings("unchecked")
        Grid<InboxTask> grid = _get(_get(InboxView.class), Grid.class);
        int row = GridKt._findAll(grid).stream().map(InboxTask::subject).toList().indexOf(subject);
        InboxTask task = GridKt._get(grid, row);
        assertThat(task.overdue()).isTrue();

        _click(_get(GridKt._getCellComponent(grid, row, InboxView.ACTIONS_COLUMN), Button.class,
                spec -> spec.withText("Nhận việc")));

        NotificationsKt.expectNotifications("Đã nhận việc.");
        InboxTask claimed = GridKt._findAll(grid).stream().filter(t -> t.subject().equals(subject)).findFirst().orElseThrow();
        assertThat(claimed.assignee()).isEqualTo("phucuong");

        _click(_get(GridKt._getCellComponent(grid, row, InboxView.ACTIONS_COLUMN), Button.class,
                spec -> spec.withText("Mở")));
        assertThat(_get(TestTaskView.class).taskId.getText()).isEqualTo(claimed.id());
    }
}
