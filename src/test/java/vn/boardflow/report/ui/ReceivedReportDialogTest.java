package vn.boardflow.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.ReportingBoard;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.shared.ui.FormDialog;

/**
 * On January's page, a month nobody opened before the board began in March, the secretariat records a ward's
 * report that came on paper: refused without the day it came, then recorded and accepted, late by its day.
 */
class ReceivedReportDialogTest extends KaribuTest {

    @Autowired
    ReportForms forms;

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatRecordsAReportThatCameOnPaper() {
        ReportingBoard reporting = ReportingBoard.create(context);
        loginAs(reporting.board().drafter());
        ReportFormId formId = forms.create(reporting.board().bodyId(), reporting.monthlyForm());
        UI.getCurrent().navigate(ReportPeriodPage.class, ReportPeriodPage.parameter(formId, ReportPeriod.month(2026, 1)));
        _get(Button.class, spec -> spec.withText("Mở kỳ báo cáo này"));

        _click(_get(Button.class, spec -> spec.withText("Ghi nhận báo cáo nhận ngoài hệ thống")));
        FormDialog dialog = _get(FormDialog.class);
        ComboBox<UnitName> unit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị gửi"));
        assertThat(unit.getListDataView().getItemCount()).isEqualTo(3);
        fill(unit, unit.getListDataView().getItem(1));
        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel(reporting.newMembers().indicator() + " ("
                + reporting.newMembers().unitOfMeasure() + ")")), 12);
        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel(reporting.maintained().indicator() + " ("
                + reporting.maintained().unitOfMeasure() + ")")), 80);
        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel("Số hoạt động đã tổ chức (hoạt động)")), 2);
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("II. Đánh giá")), "Chi hội sinh hoạt đều.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Ghi nhận và tiếp nhận")));
        NotificationsKt.expectNotifications("Ngày nhận báo cáo phải từ 01/01/2026 đến 02/03/2026.");

        fill(_get(dialog, DatePicker.class, spec -> spec.withLabel("Ngày nhận báo cáo")), LocalDate.of(2026, 2, 2));
        _click(_get(dialog, Button.class, spec -> spec.withText("Ghi nhận và tiếp nhận")));
        NotificationsKt.expectNotifications("Đã ghi nhận và tiếp nhận báo cáo của " + unit.getValue().name() + ".");
        Grid<UnitReportSummary> period = _get(Grid.class, spec -> spec.withId("period-reports"));
        UnitReportSummary recorded = GridKt._get(period, 0);
        assertThat(recorded.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(recorded.late()).as("it came after the 27th of January").isTrue();
    }
}
