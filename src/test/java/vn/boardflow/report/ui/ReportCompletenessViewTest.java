package vn.boardflow.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.report.ReceivedReports;
import vn.boardflow.report.ReportDashboards.FormRates;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportingBoard;

/**
 * Tình hình gửi báo cáo for January of a board whose wards reported on paper: two of three came, one of them on
 * time; the month before shows nothing came; a ward officer, who sees only their ward, has no row.
 */
class ReportCompletenessViewTest extends KaribuTest {

    @Autowired
    ReportForms forms;
    @Autowired
    ReceivedReports received;

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatSeesHowCompleteAndTimelyAMonthIs() {
        ReportingBoard reporting = ReportingBoard.create(context);
        loginAs(reporting.board().drafter());
        ReportFormId formId = forms.create(reporting.board().bodyId(), reporting.monthlyForm());
        ReportPeriod january = ReportPeriod.month(2026, 1);
        received.record(formId, january, reporting.board().wards().get(0), reporting.entry(3, 90, 1, "Đều"),
                LocalDate.of(2026, 1, 24));
        received.record(formId, january, reporting.board().wards().get(1), reporting.entry(5, 80, 2, "Đều"),
                LocalDate.of(2026, 2, 20));

        UI.getCurrent().navigate("reports/completeness");
        fill(_get(IntegerField.class, spec -> spec.withLabel("Năm")), 2026);
        fill(_get(IntegerField.class, spec -> spec.withLabel("Tháng")), 1);
        Grid<FormRates> table = _get(Grid.class, spec -> spec.withId("report-completeness"));
        assertThat(GridKt._findAll(table)).hasSize(1);
        PeriodRates rates = GridKt._get(table, 0).rates();
        assertThat(GridKt._get(table, 0).form().formId()).isEqualTo(formId);
        assertThat(rates.expected()).isEqualTo(3);
        assertThat(rates.accepted()).isEqualTo(2);
        assertThat(rates.onTime()).as("the second came after the 27th").isEqualTo(1);
        assertThat(rates.completeness()).isEqualTo(66);
        assertThat(rates.timeliness()).isEqualTo(33);

        fill(_get(IntegerField.class, spec -> spec.withLabel("Năm")), 2025);
        fill(_get(IntegerField.class, spec -> spec.withLabel("Tháng")), 12);
        assertThat(GridKt._get(table, 0).rates().accepted()).isZero();

        loginAs(reporting.board().wardOfficer());
        UI.getCurrent().navigate("reports/completeness");
        assertThat(GridKt._findAll(_get(Grid.class, spec -> spec.withId("report-completeness")))).isEmpty();
    }
}
