package vn.boardflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.Organisation;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.ReportForms.FormDefinition;
import vn.boardflow.report.UnitReports.Figure;
import vn.boardflow.report.UnitReports.ReportEntry;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.report.UnitReports.UnitReportView;

/**
 * A board's monthly report form for its three wards, against the targets of its issued plan of 2026. The test
 * clock stands at 2 March 2026: January's entry has locked, February's is late and March's is on time.
 */
@ModuleTest
class ReportModuleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportForms forms;
    @Autowired
    UnitReports reports;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;

    ReportingBoard reporting;
    PlanningBoard board;
    TargetLine newMembers;
    TargetLine maintained;

    @BeforeEach
    void boardWithItsPlan() {
        reporting = ReportingBoard.create(context);
        board = reporting.board();
        newMembers = reporting.newMembers();
        maintained = reporting.maintained();
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aWardsMonthsAddUpAgainstItsTargetThroughReturnAcceptanceAndReopening() {
        as(board.drafter());
        ReportFormId formId = forms.create(board.bodyId(), definition());
        assertThat(reports.open(formId, ReportPeriod.month(2026, 1))).isEqualTo(3);
        assertThat(reports.open(formId, ReportPeriod.month(2026, 1))).as("opening again opens nothing more").isZero();
        reports.open(formId, ReportPeriod.month(2026, 2));
        reports.open(formId, ReportPeriod.month(2026, 3));
        assertThat(refusal(() -> reports.open(formId, new ReportPeriod(PeriodType.QUARTER, 2026, 1))))
                .isEqualTo("report.error.wrongPeriodType");

        as(board.wardOfficer());
        List<UnitReportSummary> mine = reports.mine();
        assertThat(mine).as("the officer's own ward only, newest first").hasSize(3)
                .allSatisfy(summary -> assertThat(summary.unitId()).isEqualTo(board.wards().getFirst()))
                .extracting(summary -> summary.period().number()).containsExactly(3, 2, 1);
        assertThat(mine.getLast().late()).isTrue();
        UnitReportId march = mine.get(0).id();
        UnitReportId february = mine.get(1).id();
        UnitReportId january = mine.get(2).id();

        UnitReportView januaryView = reports.find(january).orElseThrow();
        assertThat(januaryView.locked()).isTrue();
        assertThat(januaryView.editable()).isFalse();
        assertThat(refusal(() -> reports.save(january, januaryView.version(), entry(20, 1000, 2, "Tốt"))))
                .isEqualTo("report.error.locked");
        as(board.drafter());
        reports.reopen(january, "Phường gửi bản giấy, cho nhập bổ sung");
        as(board.wardOfficer());
        UnitReportView opened = reports.find(january).orElseThrow();
        assertThat(opened.editable()).isTrue();
        UnitReportView saved = reports.save(january, opened.version(), new ReportEntry(Map.of("i" + newMembers.indicatorId(), 20L), Map.of()));
        assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(saved.findings()).as("what is still missing before sending").hasSize(3)
                .allMatch(UnitReports.Finding::blocking);
        assertThat(refusal(() -> reports.submit(january, "k-jan", saved.version(), saved.entry(), Set.of())))
                .isEqualTo("report.error.notReady");
        UnitReportView sent = reports.submit(january, "k-jan", saved.version(), entry(20, 1000, 2, "Tốt"), Set.of());
        assertThat(sent.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sent.onTime()).isFalse();
        assertThat(reports.submit(january, "k-jan", saved.version(), entry(99, 1, 1, "x"), Set.of()).entry().figures())
                .as("a repeated send changes nothing").containsEntry("i" + newMembers.indicatorId(), 20L);
        assertThat(refusal(() -> reports.submit(january, "k-other", sent.version(), entry(20, 1000, 2, "Tốt"), Set.of())))
                .isEqualTo("report.error.alreadySubmitted");
        assertThatThrownBy(() -> reports.accept(january)).as("a ward does not accept its own report")
                .isInstanceOf(AccessDeniedException.class);

        as(board.drafter());
        assertThat(refusal(() -> reports.returnToUnit(january, " "))).isEqualTo("report.error.reasonRequired");
        reports.returnToUnit(january, "Bổ sung số hoạt động");
        as(board.wardOfficer());
        UnitReportView returned = reports.find(january).orElseThrow();
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Bổ sung số hoạt động");
        reports.submit(january, "k-jan-2", returned.version(), entry(20, 1000, 3, "Tốt"), Set.of());
        as(board.drafter());
        reports.accept(january);

        as(board.wardOfficer());
        UnitReportView februaryView = reports.find(february).orElseThrow();
        assertThat(februaryView.editable()).as("late, not yet locked").isTrue();
        UnitReportView februarySent = reports.submit(february, "k-feb", februaryView.version(), entry(30, 1010, 1, "Khá"),
                Set.of());
        assertThat(februarySent.onTime()).isFalse();

        UnitReportView marchView = reports.save(march, reports.find(march).orElseThrow().version(),
                entry(25, 990, 2, "Tốt"));
        Figure marchMembers = marchView.figures().getFirst();
        assertThat(marchMembers.target()).as("the ward's share in the issued plan").isEqualTo(100L);
        assertThat(marchMembers.cumulative()).as("January and February sent, March typed").isEqualTo(75L);
        assertThat(marchMembers.percent()).isEqualTo(75);
        Figure marchMaintained = marchView.figures().get(1);
        assertThat(marchMaintained.cumulative()).as("a level is what it is now").isEqualTo(990L);
        assertThat(marchView.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.messageKey()).isEqualTo("report.confirm.levelFell");
            assertThat(finding.blocking()).isFalse();
        });
        assertThat(refusal(() -> reports.submit(march, "k-mar", marchView.version(), marchView.entry(), Set.of())))
                .isEqualTo("report.error.notReady");
        UnitReportView marchSent = reports.submit(march, "k-mar", marchView.version(), marchView.entry(),
                Set.of("i" + maintained.indicatorId()));
        assertThat(marchSent.onTime()).isTrue();

        as(board.drafter());
        reports.accept(february);
        reports.accept(march);
        reports.open(formId, ReportPeriod.month(2026, 4));
        as(board.wardOfficer());
        UnitReportId april = reports.mine().getFirst().id();
        UnitReportView aprilView = reports.save(april, reports.find(april).orElseThrow().version(),
                entry(500, 995, 2, "Tốt"));
        assertThat(aprilView.findings()).as("three months give the ward a range").singleElement()
                .satisfies(finding -> assertThat(finding.arguments()).containsExactly(newMembers.indicator(), 500L, 20L, 30L));

        as(board.drafter());
        assertThat(refusal(() -> reports.reopen(april, "Sửa"))).isEqualTo("report.error.notAllowedNow");
        reports.reopen(january, "Phường điều chỉnh số hội viên");
        UnitReportView reopened = reports.find(january).orElseThrow();
        assertThat(reopened.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reopened.reopened()).isEqualTo(2);
        as(board.wardOfficer());
        reports.submit(january, "k-jan-3", reopened.version(), entry(22, 1000, 3, "Tốt"), Set.of());
        as(board.drafter());
        reports.accept(january);
        assertThat(reports.period(formId, ReportPeriod.month(2026, 1)).reports().getFirst().reopened())
                .as("corrected outside the period's process, which its ward had finished").isEqualTo(2);
        as("quantri");
        assertThat(audit(january)).extracting(AuditEntryView::action)
                .contains("report.submitted", "report.returned", "report.accepted", "report.reopened");
    }

    @Test
    void aWardSeesOnlyItsOwnReportsAndAFormStaysInsideItsBody() {
        as(board.drafter());
        ReportFormId formId = forms.create(board.bodyId(), definition());
        reports.open(formId, ReportPeriod.month(2026, 3));
        as(board.otherDrafter());
        assertThat(forms.find(formId)).isPresent();
        as(board.wardOfficer());
        assertThat(reports.mine()).hasSize(1);
        as("phucuong");
        assertThat(reports.mine()).as("a demo ward's officer has nothing of this board").isEmpty();
        as(board.wardOfficer());
        UnitReportId mine = reports.mine().getFirst().id();
        as("phucuong");
        assertThat(reports.find(mine)).isEmpty();
        assertThatThrownBy(() -> reports.save(mine, 0, ReportEntry.empty())).isInstanceOf(AccessDeniedException.class);

        as(board.drafter());
        FormDefinition elsewhere = new FormDefinition("Báo cáo", ReportSchedule.monthlyDefault(),
                List.of(DemoUnits.named(context.getBean(Organisation.class), "Tổ Thư ký Đề án tỉnh").id()),
                board.unitId(), definition().fields());
        assertThat(refusal(() -> forms.create(board.bodyId(), elsewhere))).isEqualTo("report.error.unitOutsideBody");
        as(board.wardOfficer());
        assertThatThrownBy(() -> forms.create(board.bodyId(), definition())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRevisedFormIsANewVersionAndAnOpenPeriodKeepsItsOwn() {
        as(board.drafter());
        ReportFormId formId = forms.create(board.bodyId(), definition());
        reports.open(formId, ReportPeriod.month(2026, 3));
        ReportForms.ReportFormView form = forms.find(formId).orElseThrow();
        List<FormField> more = new ArrayList<>(definition().fields());
        more.add(FormField.figure("nguoi-tham-gia", "Số người tham gia", "người", Tally.SUM));
        forms.revise(formId, form.version(), new FormDefinition("Báo cáo tháng (sửa đổi)", form.definition().schedule(),
                board.wards(), board.unitId(), more));
        assertThat(refusal(() -> forms.revise(formId, form.version(), definition()))).isEqualTo("report.error.changedMeanwhile");
        assertThat(forms.find(formId).orElseThrow().formVersion()).isEqualTo(2);
        reports.open(formId, ReportPeriod.month(2026, 4));
        as(board.wardOfficer());
        List<UnitReportSummary> mine = reports.mine();
        assertThat(reports.find(mine.get(0).id()).orElseThrow().figures()).as("April on version 2").hasSize(4);
        assertThat(reports.find(mine.get(1).id()).orElseThrow().figures()).as("March keeps version 1").hasSize(3);
    }

    private FormDefinition definition() {
        return reporting.monthlyForm();
    }

    private ReportEntry entry(long members, long maintainedUnits, long activities, String assessment) {
        return reporting.entry(members, maintainedUnits, activities, assessment);
    }

    private List<AuditEntryView> audit(UnitReportId id) {
        return auditLog.search(new AuditFilter(null, null, null, null, "UnitReport", id.toString()), 0, 100);
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
