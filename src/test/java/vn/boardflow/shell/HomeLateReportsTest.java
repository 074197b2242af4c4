package vn.boardflow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportingBoard;
import vn.boardflow.report.UnitReports;
import vn.boardflow.report.UnitReports.UnitReportSummary;

/**
 * January's reports not sent by 2 March are late: the home page lists the ward officer's own, to send, and all of
 * them for the secretariat that accepts them, each linking to its report.
 */
class HomeLateReportsTest extends KaribuTest {

    @Autowired
    ReportForms forms;
    @Autowired
    UnitReports reports;

    @Test
    void theHomePageListsTheLateReportsOfTheWardAndOfTheSecretariat() {
        ReportingBoard reporting = ReportingBoard.create(context);
        loginAs(reporting.board().drafter());
        ReportFormId formId = forms.create(reporting.board().bodyId(), reporting.monthlyForm());
        reports.open(formId, ReportPeriod.month(2026, 1));
        reports.open(formId, ReportPeriod.month(2026, 3));

        UI.getCurrent().navigate("");
        _get(H3.class, spec -> spec.withText("Báo cáo quá hạn chưa gửi"));
        List<Anchor> late = _find(Anchor.class, spec -> spec.withClasses("late-report"));
        assertThat(late).as("January's three, not March's, still within its days").hasSize(3);
        assertThat(late.getFirst().getText()).contains("báo cáo tháng 1/2026", "hạn 25/01/2026");

        loginAs(reporting.board().wardOfficer());
        UI.getCurrent().navigate("");
        List<Anchor> own = _find(Anchor.class, spec -> spec.withClasses("late-report"));
        assertThat(own).hasSize(1);
        UnitReportSummary january = reports.mine().stream().filter(report -> report.period().number() == 1)
                .findFirst().orElseThrow();
        assertThat(own.getFirst().getHref()).isEqualTo("reports/" + january.id());
    }
}
