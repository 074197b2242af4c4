package vn.boardflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Substitutions.NameSubstitute;
import vn.boardflow.org.Substitutions;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;

@IntegrationTest
class TaskInboxTests {

    @Autowired
    Clock clock;
    @Autowired
    Workflows workflows;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskActions actions;
    @Autowired
    Organisation organisation;
    @Autowired
    Substitutions substitutions;
    @Autowired
    UserDirectory directory;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;

    String phuCuongSubject;
    String phuLoiSubject;

    @BeforeEach
    void startOneReportPerWard() {
        Logins.as(userDetails, "duthao");
        Instant nextWeek = clock.instant().plus(Duration.ofDays(7));
        phuCuongSubject = WardReportCases.start(workflows, DemoUnits.wardBoard(organisation, "Phú Cường").id(),
                "Phú Cường", nextWeek);
        phuLoiSubject = WardReportCases.start(workflows, DemoUnits.wardBoard(organisation, "Phú Lợi").id(),
                "Phú Lợi", nextWeek);
        Logins.out();
    }

    private List<InboxTask> mine() {
        return inbox.page(false, 0, 1000);
    }

    private InboxTask row(String subject) {
        return mine().stream().filter(task -> task.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no task for " + subject));
    }

    /** The id of a Phú Lợi task, read as the Phú Lợi officer who can see it. */
    private String phuLoiTaskId() {
        Logins.as(userDetails, "phuloi");
        String id = row(phuLoiSubject).id();
        Logins.out();
        return id;
    }

    @Test
    void aWardOfficerSeesTheirWardsTaskWithItsSubjectAndUnitButNotAnotherWards() {
        Logins.as(userDetails, "phucuong");

        InboxTask task = row(phuCuongSubject);
        assertThat(task.name()).isEqualTo("Nộp báo cáo tháng");
        assertThat(task.processName()).isEqualTo("Báo cáo tháng (thử nghiệm)");
        assertThat(task.unitName()).isEqualTo("Ban Tổ chức Đề án phường Phú Cường");
        assertThat(task.claimable()).isTrue();
        assertThat(task.overdue()).isFalse();
        assertThat(task.formKey()).isEqualTo("test-task");
        assertThat(mine()).extracting(InboxTask::subject).doesNotContain(phuLoiSubject);
        assertThat(inbox.count(false)).isEqualTo(mine().size());
    }

    @Test
    void aPhuCuongWardOfficerIsRefusedAPhuLoiTaskOnTheServer() {
        String phuLoiTask = phuLoiTaskId();
        Logins.as(userDetails, "phucuong");

        assertThatThrownBy(() -> actions.claim(phuLoiTask)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.complete(phuLoiTask, Map.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.unclaim(phuLoiTask)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWardOfficerCannotStartWorkInAnotherWard() {
        Logins.as(userDetails, "phucuong");
        UnitId phuLoi = DemoUnits.wardBoard(organisation, "Phú Lợi").id();

        assertThatThrownBy(() -> WardReportCases.start(workflows, phuLoi, "Phú Lợi", clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClaimedTaskLeavesTheOtherGroupMembersAndComesBackWhenReleased() {
        Logins.as(userDetails, "phucuong");
        String taskId = row(phuCuongSubject).id();

        actions.claim(taskId);
        assertThat(row(phuCuongSubject).assignee()).isEqualTo("phucuong");
        assertThat(row(phuCuongSubject).assigneeName()).isEqualTo("Bùi Thị Ngọc");

        actions.unclaim(taskId);
        assertThat(row(phuCuongSubject).claimable()).isTrue();

        actions.complete(taskId, Map.of());
        assertThat(mine()).extracting(InboxTask::subject).doesNotContain(phuCuongSubject);
        assertThatThrownBy(() -> actions.claim(taskId)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("task.error.notFound");
    }

    @Test
    void aSubstituteSeesAndTakesTheAbsentColleaguesTaskAndTheAuditSaysForWhom() {
        Logins.as(userDetails, "phuloi");
        long phuloi = currentUser.actor().userId();
        long phucuong = directory.search("phucuong", 0, 1).getFirst().id();
        LocalDate today = LocalDate.now(clock);
        long substitution = substitutions.name(new NameSubstitute(phuloi, phucuong, today, today.plusDays(1), null));
        try {
            Logins.as(userDetails, "phucuong");
            InboxTask task = row(phuLoiSubject);
            assertThat(task.actingFor()).isEqualTo("phuloi");

            actions.claim(task.id());

            Logins.as(userDetails, "quantri");
            assertThat(auditLog.search(new AuditFilter(null, null, null, "task.claimed", "Task", task.id()), 0, 1))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.actor()).isEqualTo("phucuong"))
                    .satisfies(entry -> assertThat(entry.actingFor()).isEqualTo("phuloi"));
        } finally {
            Logins.as(userDetails, "phuloi");
            substitutions.cancel(substitution);
        }
    }

    @Test
    void overdueTasksAreFlaggedCountedAndListedFirst() {
        Logins.as(userDetails, "duthao");
        UnitId phuCuong = DemoUnits.wardBoard(organisation, "Phú Cường").id();
        String later = WardReportCases.start(workflows, phuCuong, "Phú Cường", clock.instant().plus(Duration.ofDays(30)));
        String late = WardReportCases.start(workflows, phuCuong, "Phú Cường", clock.instant().minus(Duration.ofDays(2)));

        Logins.as(userDetails, "phucuong");
        assertThat(row(late).overdue()).isTrue();
        assertThat(row(later).overdue()).isFalse();
        List<String> subjects = mine().stream().map(InboxTask::subject).toList();
        assertThat(subjects.indexOf(late)).isLessThan(subjects.indexOf(later));
        assertThat(inbox.page(true, 0, 1000)).extracting(InboxTask::subject).contains(late).doesNotContain(later);
        assertThat(inbox.count(true)).isEqualTo(inbox.page(true, 0, 1000).size()).isPositive();
    }
}
