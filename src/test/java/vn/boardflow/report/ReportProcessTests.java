package vn.boardflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.FlowableClock;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.report.UnitReports.PeriodOverview;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices.NoticeView;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.TaskInbox;

/**
 * March 2026 of a board's monthly form, driven by Flowable's clock: the daily timer opens it for the three wards on
 * the 1st; the first ward sends at once, the second is reminded on the 22nd and reported late on the 28th, the
 * third is returned and sends again; the secretariat's consolidation waits for the last acceptance.
 */
@ModuleTest
class ReportProcessTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportForms forms;
    @Autowired
    UnitReports reports;
    @Autowired
    TaskInbox inbox;
    @Autowired
    Notices notices;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ProcessEngineConfiguration engine;

    ReportingBoard reporting;
    PlanningBoard board;
    FlowableClock clock;
    List<String> officers;

    @BeforeEach
    void newBoard() {
        reporting = ReportingBoard.create(context);
        board = reporting.board();
        officers = reporting.officers(context);
        clock = new FlowableClock(engine);
    }

    @AfterEach
    void restore() {
        clock.reset();
        Logins.out();
    }

    @Test
    void aMonthOpensByTimerAndEachWardIsRemindedAndReportedLateOnceOnItsWayToConsolidation() {
        as(board.drafter());
        ReportFormId formId = forms.create(board.bodyId(), reporting.monthlyForm());
        ReportPeriod march = ReportPeriod.month(2026, 3);
        Logins.out();

        clock.set(LocalDateTime.of(2026, 3, 1, 6, 0));
        clock.run(openingTimer());
        as(board.drafter());
        List<UnitReportSummary> opened = reports.period(formId, march).reports();
        assertThat(opened).extracting(UnitReportSummary::unitId).containsExactlyElementsOf(board.wards());
        assertThat(opened).extracting(UnitReportSummary::status).containsOnly(ReportStatus.OPEN);
        Logins.out();
        clock.set(LocalDateTime.of(2026, 3, 2, 6, 0));
        clock.run(openingTimer());
        as(board.drafter());
        assertThat(reports.period(formId, march).reports()).as("the next day's timer opens nothing twice").hasSize(3);

        as(officers.get(0));
        UnitReportId first = opened.get(0).id();
        assertThat(task("Nhập báo cáo", first).subject())
                .isEqualTo("Báo cáo tháng kết quả thực hiện Đề án — tháng 3/2026");
        assertThat(task("Nhập báo cáo", first).unitId()).as("the ward's own, not the secretariat's")
                .isEqualTo(opened.get(0).unitId());
        reports.submit(first, "k-1", version(first), reporting.entry(20, 100, 2, "Tốt"), Set.of());
        assertThat(taskOf(first)).as("the ward's entry step is done").isNull();
        as(officers.get(2));
        UnitReportId third = opened.get(2).id();
        reports.submit(third, "k-3", version(third), reporting.entry(10, 100, 1, "Khá"), Set.of());

        as(board.drafter());
        assertThat(task("Tiếp nhận báo cáo", first).unitName()).as("each ward's review says which ward")
                .isEqualTo(opened.get(0).unitName());
        reports.accept(first);
        reports.returnToUnit(third, "Bổ sung phần đánh giá");
        as(officers.get(2));
        assertThat(task("Nhập báo cáo", third)).as("the return loops back to entry").isNotNull();

        Logins.out();
        String processInstanceId = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKeyLike("report:" + formId + ":%").singleResult().getId();
        clock.set(LocalDateTime.of(2026, 3, 22, 7, 30));
        clock.runAllDue(processInstanceId);
        assertThat(noticesOf(officers.get(1), "notice.reportDue")).as("the ward that has not sent").hasSize(1);
        assertThat(noticesOf(officers.get(0), "notice.reportDue")).as("sent already").isEmpty();
        assertThat(noticesOf(officers.get(2), "notice.reportDue")).as("sent before it was returned").isEmpty();

        clock.set(LocalDateTime.of(2026, 3, 28, 7, 30));
        clock.runAllDue(processInstanceId);
        clock.set(LocalDateTime.of(2026, 4, 10, 7, 30));
        assertThat(clock.runAllDue(processInstanceId)).as("nothing more falls due").isZero();
        assertThat(noticesOf(officers.get(1), "notice.reportDue")).as("reminded once").hasSize(1);
        assertThat(noticesOf(officers.get(1), "notice.reportLate")).hasSize(1);
        assertThat(noticesOf(board.drafter(), "notice.reportLate")).as("the secretariat is told").singleElement()
                .satisfies(notice -> assertThat(notice.arguments()).startsWith(opened.get(1).unitName()));
        assertThat(noticesOf(officers.get(2), "notice.reportLate")).isEmpty();

        as(officers.get(2));
        reports.submit(third, "k-3b", version(third), reporting.entry(10, 100, 1, "Khá, đã bổ sung"), Set.of());
        as(officers.get(1));
        UnitReportId second = opened.get(1).id();
        reports.submit(second, "k-2", version(second), reporting.entry(5, 100, 1, "Chậm"), Set.of());
        as(board.drafter());
        reports.accept(third);
        assertThat(consolidation(processInstanceId)).as("one ward still to be accepted").isNull();
        reports.accept(second);
        assertThat(consolidation(processInstanceId)).isNotNull()
                .satisfies(task -> assertThat(task.formKey()).isEqualTo("reports/periods/" + formId + "/" + march.key()));
        PeriodOverview done = reports.period(formId, march);
        assertThat(done.reports()).extracting(UnitReportSummary::status).containsOnly(ReportStatus.ACCEPTED);
        assertThat(done.completeness()).isEqualTo(100);
    }

    private long version(UnitReportId id) {
        return reports.find(id).orElseThrow().version();
    }

    private InboxTask task(String name, UnitReportId id) {
        InboxTask task = taskOf(id);
        assertThat(task).isNotNull();
        assertThat(task.name()).isEqualTo(name);
        return task;
    }

    private InboxTask taskOf(UnitReportId id) {
        return inbox.page(false, 0, 1000).stream().filter(task -> task.formKey().equals("reports/" + id)).findFirst()
                .orElse(null);
    }

    private InboxTask consolidation(String processInstanceId) {
        return inbox.page(false, 0, 1000).stream().filter(task -> task.formKey().startsWith("reports/periods/"))
                .filter(task -> engine.getTaskService().createTaskQuery().taskId(task.id()).singleResult()
                        .getProcessInstanceId().equals(processInstanceId))
                .findFirst().orElse(null);
    }

    private List<NoticeView> noticesOf(String username, String messageKey) {
        as(username);
        List<NoticeView> found = notices.mine(0, 100).stream().filter(notice -> notice.messageKey().equals(messageKey))
                .toList();
        Logins.out();
        return found;
    }

    private Job openingTimer() {
        return engine.getManagementService().createTimerJobQuery().handlerType("timer-start-event").list().stream()
                .filter(job -> job.getProcessDefinitionId().startsWith("reportPeriod:")).findFirst().orElseThrow();
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
