package vn.boardflow.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms.ReportFormView;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.ReportingBoard;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.report.UnitReports;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.FormDialog;

/**
 * A ward officer enters March's report from Báo cáo của tôi: each figure saves as it is typed and shows the
 * ward's target and cumulative beside it; a report with figures missing is refused with what is missing; the
 * completed report is sent once however often the confirmation arrives. The secretariat finds it on the
 * period's page, from Báo cáo định kỳ, and returns it; the ward sees why.
 */
class UnitReportPageTest extends KaribuTest {

    @Autowired
    ReportForms forms;
    @Autowired
    UnitReports reports;

    @Test
    void aWardEntersItsReportAsItGoesSendsItOnceAndTheSecretariatReturnsIt() {
        ReportingBoard reporting = ReportingBoard.create(context);
        loginAs(reporting.board().drafter());
        ReportFormId formId = forms.create(reporting.board().bodyId(), reporting.monthlyForm());
        ReportPeriod march = ReportPeriod.month(2026, 3);
        reports.open(formId, march);

        loginAs(reporting.board().wardOfficer());
        UI.getCurrent().navigate("reports/mine");
        @SuppressWarnings("unchecked")
        Grid<UnitReportSummary> mine = _get(Grid.class);
        assertThat(GridKt._size(mine)).isEqualTo(1);
        GridKt._clickItem(mine, 0);

        IntegerField members = figure(reporting.newMembers());
        fill(members, 20);
        assertThat(members.getHelperText()).isEqualTo("Chỉ tiêu năm: 100 · lũy kế: 20 · đạt 20%");
        _get(Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith("Đã lưu nháp lúc ")));
        UnitReportSummary report = reports.mine().getFirst();
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        _click(_get(Button.class, spec -> spec.withText("Gửi báo cáo")));
        assertThat(confirm()).startsWith("Sau khi gửi, báo cáo chỉ sửa được");
        NotificationsKt.expectNotifications("Báo cáo còn 3 điểm cần xử lý trước khi gửi; xem các thông báo bên cạnh từng mục.");
        _get(Span.class, spec -> spec.withText("Nhập nội dung mục “II. Đánh giá”."));

        fill(figure(reporting.maintained()), 95);
        fill(_get(IntegerField.class, spec -> spec.withLabel("Số hoạt động đã tổ chức (hoạt động)")), 2);
        fill(_get(TextArea.class, spec -> spec.withLabel("II. Đánh giá")), "Các chi hội sinh hoạt đều đặn.");
        _click(_get(Button.class, spec -> spec.withText("Gửi báo cáo")));
        // the confirmation arrives twice, as after a double tap
        ConfirmDialog twice = _get(ConfirmDialog.class);
        BasicUtilsKt._fireEvent(twice, new ConfirmDialog.ConfirmEvent(twice, true));
        ConfirmDialogKt._fireConfirm(twice);
        NotificationsKt.expectNotifications("Đã gửi báo cáo.", "Đã gửi báo cáo.");
        assertThat(reports.find(report.id()).orElseThrow().history()).filteredOn(step -> step.after() == ReportStatus.SUBMITTED)
                .as("sent once").hasSize(1);

        loginAs(reporting.board().drafter());
        UI.getCurrent().navigate("reports/forms");
        @SuppressWarnings("unchecked")
        Grid<ReportFormView> formList = _get(Grid.class);
        int row = GridKt._findAll(formList).stream().map(ReportFormView::id).toList().indexOf(formId);
        _click(_get(GridKt._getCellComponent(formList, row, "actions"), Button.class,
                spec -> spec.withText("tháng 3/2026")));
        _get(Span.class, spec -> spec.withText("Đã tiếp nhận 0/3 (0%) · gửi đúng hạn 1/3 (33%)"));
        @SuppressWarnings("unchecked")
        Grid<UnitReportSummary> period = _get(Grid.class, spec -> spec.withId("period-reports"));
        assertThat(GridKt._size(period)).isEqualTo(3);
        GridKt._clickItem(period, 0);
        _click(_get(Button.class, spec -> spec.withText("Trả lại để bổ sung")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Ý kiến (bắt buộc)")), "Bổ sung số liệu chi hội");
        _click(_get(dialog, Button.class, spec -> spec.withText("Trả lại để bổ sung")));
        NotificationsKt.expectNotifications("Đã trả lại báo cáo cho đơn vị.");

        loginAs(reporting.board().wardOfficer());
        UI.getCurrent().navigate(UnitReportPage.class, report.id().value());
        _get(Span.class, spec -> spec.withText("Tổ Thư ký trả lại: Bổ sung số liệu chi hội"));
        _get(Button.class, spec -> spec.withText("Gửi báo cáo"));
    }

    @Test
    void theSecretariatCreatesAFormFromItsPlansTargetsAndOpensAPeriodByHand() {
        ReportingBoard reporting = ReportingBoard.create(context);
        loginAs(reporting.board().drafter());
        UI.getCurrent().navigate("reports/forms");
        _click(_get(Button.class, spec -> spec.withText("Tạo mẫu báo cáo")));
        FormDialog dialog = _get(FormDialog.class);
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Tên mẫu báo cáo")).getValue())
                .isEqualTo("Báo cáo tháng kết quả thực hiện Đề án");
        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel("Số ngày chậm vẫn tính đúng hạn")), 20);
        _click(_get(dialog, Button.class, spec -> spec.withText("Tạo mẫu")));
        NotificationsKt.expectNotifications("Hạn gửi là ngày 1–31; số ngày chậm vẫn tính đúng hạn không âm và không lớn"
                + " hơn số ngày khóa nhập (tối đa 366).");
        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel("Số ngày chậm vẫn tính đúng hạn")), 3);
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Số liệu khác (không phải chỉ tiêu)")),
                "Tổng số hội viên chi hội nhà trọ; hội viên\nSố hoạt động; hoạt động");
        _click(_get(dialog, Button.class, spec -> spec.withText("Tạo mẫu")));
        ReportFormView created = forms.list().stream()
                .filter(form -> form.issuingBodyId().equals(reporting.board().bodyId())).findFirst().orElseThrow();
        assertThat(created.definition().schedule().graceDays()).isEqualTo(3);
        assertThat(created.definition().reportingUnits()).containsExactlyElementsOf(reporting.board().wards());
        assertThat(created.definition().fields()).extracting(FormField::label)
                .contains("Tổng số hội viên chi hội nhà trọ", "Số hoạt động", "III. Phương hướng tháng tới");

        // the new form's current month, not opened yet
        _get(Button.class, spec -> spec.withText("Mở kỳ báo cáo này"));
        UI.getCurrent().navigate("reports/forms");
        @SuppressWarnings("unchecked")
        Grid<ReportFormView> formList = _get(Grid.class);
        int row = GridKt._findAll(formList).stream().map(ReportFormView::id).toList().indexOf(created.id());
        _click(_get(GridKt._getCellComponent(formList, row, "actions"), Button.class,
                spec -> spec.withText("Mở kỳ báo cáo")));
        FormDialog open = _get(FormDialog.class);
        fill(_get(open, IntegerField.class, spec -> spec.withLabel("Tháng")), 2);
        _click(_get(open, Button.class, spec -> spec.withText("Mở kỳ")));
        NotificationsKt.expectNotifications("Đã mở 3 báo cáo tháng 2/2026.");
        _get(Span.class, spec -> spec.withText("Đã tiếp nhận 0/3 (0%) · gửi đúng hạn 0/3 (0%)"));
        @SuppressWarnings("unchecked")
        Grid<UnitReportSummary> period = _get(Grid.class, spec -> spec.withId("period-reports"));
        String second = GridKt._get(period, 1).unitName();
        fill(_get(TextField.class, spec -> spec.withPlaceholder("Tìm đơn vị")), TextFolding.fold(second));
        assertThat(GridKt._findAll(period)).extracting(UnitReportSummary::unitName).containsExactly(second);
        _click(_get(Button.class, spec -> spec.withText("Soạn báo cáo tổng hợp")));
        assertThat(confirm()).startsWith("Còn 3 đơn vị chưa được tiếp nhận báo cáo");
        NotificationsKt.expectNotifications("Chưa có báo cáo nào được tiếp nhận để tổng hợp.");
    }

    private static IntegerField figure(TargetLine target) {
        return _get(IntegerField.class, spec -> spec.withLabel(target.indicator() + " (" + target.unitOfMeasure() + ")"));
    }
}
