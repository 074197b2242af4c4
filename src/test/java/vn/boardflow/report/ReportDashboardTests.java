package vn.boardflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.report.ReportDashboards.Chart;
import vn.boardflow.report.ReportDashboards.ChartFormat;
import vn.boardflow.report.ReportDashboards.Dashboard;
import vn.boardflow.report.ReportDashboards.DashboardForm;
import vn.boardflow.report.ReportDashboards.DashboardQuery;
import vn.boardflow.report.ReportDashboards.FieldProgress;
import vn.boardflow.report.ReportDashboards.PeriodProgress;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportDashboards.UnitProgress;
import vn.boardflow.report.UnitReports.ReportEntry;

/**
 * A board that starts using BoardFlow in March 2026 records its wards' January and February reports, received on
 * paper, and its dashboard adds them up against the 2026 plan: the year so far against the pace, the wards ranked
 * with those behind it marked, completeness and timeliness per month; a ward officer sees their own ward only.
 */
@ModuleTest
class ReportDashboardTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportForms forms;
    @Autowired
    ReceivedReports received;
    @Autowired
    UnitReports reports;
    @Autowired
    ReportDashboards dashboards;
    @Autowired
    UserDetailsService userDetails;

    ReportingBoard reporting;
    PlanningBoard board;
    ReportFormId formId;

    @BeforeEach
    void twoMonthsReceivedOnPaper() {
        reporting = ReportingBoard.create(context);
        board = reporting.board();
        as(board.drafter());
        formId = forms.create(board.bodyId(), reporting.monthlyForm());
        ReportPeriod january = ReportPeriod.month(2026, 1);
        ReportPeriod february = ReportPeriod.month(2026, 2);
        record(january, 0, entry(10, 8), LocalDate.of(2026, 1, 20));
        record(january, 1, entry(5, 7), LocalDate.of(2026, 2, 3));
        record(january, 2, entry(4, 5), LocalDate.of(2026, 1, 25));
        record(february, 0, entry(12, 9), LocalDate.of(2026, 2, 24));
        record(february, 1, entry(6, 7), LocalDate.of(2026, 2, 26));
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void theBoardSeesItsYearAgainstThePlanAndEachWardAgainstItsShare() throws Exception {
        Dashboard dashboard = dashboards.of(new DashboardQuery(formId, 2026, null, null));

        assertThat(dashboard.reportedPeriods()).isEqualTo(2);
        assertThat(dashboard.field().key()).as("the form's first figure").isEqualTo(reporting.newMembersKey());
        FieldProgress members = dashboard.fields().getFirst();
        assertThat(members.target()).isEqualTo(300L);
        assertThat(members.actual()).isEqualTo(37L);
        assertThat(members.percent()).isEqualTo(12);
        assertThat(members.behindPace()).as("37 is under 2/12 of 300").isTrue();
        assertThat(dashboard.fields().get(1).actual()).as("a level counts each ward's latest: 9 + 7 + 5").isEqualTo(21L);

        assertThat(dashboard.periods()).hasSize(12);
        assertThat(dashboard.periods().subList(0, 3)).extracting(PeriodProgress::value).containsExactly(19L, 18L, null);
        assertThat(dashboard.periods().subList(0, 2)).extracting(PeriodProgress::cumulative).containsExactly(19L, 37L);
        assertThat(dashboard.periods().get(11).expected()).isEqualTo(300L);
        assertThat(dashboard.periods().get(1).expected()).isEqualTo(50L);

        assertThat(dashboard.units()).extracting(UnitProgress::unitId).containsExactly(board.wards().get(0),
                board.wards().get(1), board.wards().get(2));
        assertThat(dashboard.units()).extracting(UnitProgress::percent).containsExactly(22, 11, 4);
        assertThat(dashboard.units()).extracting(UnitProgress::behindPace).containsExactly(false, true, true);

        assertThat(dashboard.rates()).as("January and February are due by 2 March").hasSize(2);
        PeriodRates january = dashboard.rates().getFirst();
        assertThat(List.of(january.expected(), january.accepted(), january.onTime())).containsExactly(3, 3, 2);
        assertThat(january.completeness()).isEqualTo(100);
        assertThat(january.timeliness()).isEqualTo(66);
        assertThat(dashboard.rates().get(1).completeness()).isEqualTo(66);

        String svg = new String(dashboards.chart(dashboard, Chart.UNITS, ChartFormat.SVG), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<svg", "đạt chỉ tiêu theo đơn vị",
                dashboard.units().getFirst().name());
        var png = ImageIO.read(new ByteArrayInputStream(dashboards.chart(dashboard, Chart.PROGRESS, ChartFormat.PNG)));
        assertThat(png.getWidth()).isEqualTo(720);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                dashboards.spreadsheet(new DashboardQuery(formId, 2026, null, null)).bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            Sheet units = workbook.getSheet("Theo đơn vị");
            assertThat(units.getRow(3).getCell(0).getStringCellValue()).isEqualTo(dashboard.units().getFirst().name());
            assertThat(units.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(22.0);
        }
    }

    @Test
    void aWardOfficerSeesTheirOwnWardAloneALeaderAllAndAnotherBoardNone() {
        as(board.wardOfficer());
        DashboardForm form = dashboards.forms().stream().filter(found -> found.formId().equals(formId)).findFirst()
                .orElseThrow();
        assertThat(form.wholeBody()).isFalse();
        assertThat(form.units()).hasSize(1);
        assertThat(form.latestYear()).isEqualTo(2026);

        Dashboard own = dashboards.of(new DashboardQuery(formId, 2026, reporting.maintainedKey(), null));
        assertThat(own.unitName()).isEqualTo(form.units().getFirst().name());
        assertThat(own.fields().getFirst().target()).as("the ward's share").isEqualTo(100L);
        assertThat(own.fields().getFirst().actual()).isEqualTo(22L);
        assertThat(own.fields().get(1).actual()).isEqualTo(9L);
        assertThat(own.units()).hasSize(1);
        UnitId another = board.wards().get(1);
        assertThatThrownBy(() -> dashboards.of(new DashboardQuery(formId, 2026, null, another)))
                .isInstanceOf(AccessDeniedException.class);

        as(board.leader());
        assertThat(dashboards.forms()).as("the board's leader sees every ward")
                .filteredOn(found -> found.formId().equals(formId)).singleElement()
                .satisfies(found -> assertThat(found.wholeBody()).isTrue());

        PlanningBoard elsewhere = PlanningBoard.create(context);
        as(elsewhere.drafter());
        assertThat(dashboards.forms()).extracting(DashboardForm::formId).doesNotContain(formId);
        assertThatThrownBy(() -> dashboards.of(new DashboardQuery(formId, 2026, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReportReceivedOutsideIsRecordedOnceForAPeriodThatIsOver() {
        ReportPeriod january = ReportPeriod.month(2026, 1);
        assertThat(refusal(() -> received.record(formId, january, board.wards().get(0), entry(1, 1),
                LocalDate.of(2026, 2, 1)))).as("January's report of the first ward is in").isEqualTo(
                "report.error.alreadySubmitted");
        assertThat(refusal(() -> received.record(formId, ReportPeriod.month(2026, 3), board.wards().get(2),
                entry(1, 1), LocalDate.of(2026, 3, 2)))).isEqualTo("report.error.periodNotOver");
        assertThat(refusal(() -> received.record(formId, ReportPeriod.month(2026, 2), board.wards().get(2),
                entry(1, 1), LocalDate.of(2026, 1, 31)))).isEqualTo("report.error.receivedOn");
        assertThat(refusal(() -> received.record(formId, ReportPeriod.month(2026, 2), board.wards().get(2),
                new ReportEntry(Map.of(), Map.of()), LocalDate.of(2026, 2, 27)))).isEqualTo("report.error.notReady");
        assertThat(refusal(() -> received.record(formId, ReportPeriod.month(2026, 2), board.unitId(), entry(1, 1),
                LocalDate.of(2026, 2, 27)))).isEqualTo("report.error.unitNotReporting");

        as(board.wardOfficer());
        assertThatThrownBy(() -> received.record(formId, ReportPeriod.month(2026, 2), board.wards().get(0),
                entry(1, 1), LocalDate.of(2026, 2, 27))).isInstanceOf(AccessDeniedException.class);

        as(board.drafter());
        UnitReportId late = received.record(formId, ReportPeriod.month(2026, 2), board.wards().get(2), entry(3, 5),
                LocalDate.of(2026, 3, 1));
        UnitReports.UnitReportView view = reports.find(late).orElseThrow();
        assertThat(view.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(view.onTime()).as("it came after the 27th").isFalse();
        assertThat(view.history().getLast().messageKey()).isEqualTo("report.step.RECORDED");
        PeriodRates february = dashboards.of(new DashboardQuery(formId, 2026, null, null)).rates().get(1);
        assertThat(february.completeness()).isEqualTo(100);
        assertThat(february.timeliness()).isEqualTo(66);
    }

    private void record(ReportPeriod period, int ward, ReportEntry entry, LocalDate receivedOn) {
        received.record(formId, period, board.wards().get(ward), entry, receivedOn);
    }

    private ReportEntry entry(long members, long maintained) {
        return reporting.entry(members, maintained, 1, "Sinh hoạt đều");
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
