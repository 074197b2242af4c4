package vn.boardflow.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanView;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.ui.FormDialog;

/**
 * A drafter writes a plan through the screens: the allocation grid shows what the wards still lack as
 * the figures are typed, submission is refused while one indicator is short and says by how much, and
 * goes through once the shares add up. A drafter whose colleague saved the draft first is told so and
 * keeps what they typed.
 */
class PlanEditorViewTest extends KaribuTest {

    @Autowired
    AnnualPlans plans;


    @Autowired

    PlanDrafting drafting;

    @Test
    void theCopyOfLastYearsPlanIsOfferedOnlyWhenThereIsOne() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        drafting.create(new NewPlan(board.bodyId(), 2020, false));
        UI.getCurrent().navigate("plans");
        _click(_get(Button.class, spec -> spec.withText("Tạo kế hoạch")));
        FormDialog dialog = _get(FormDialog.class);

        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel("Năm kế hoạch")), 2021);
        Checkbox copy = _get(dialog, Checkbox.class, spec -> spec.withLabel("Sao chép từ kế hoạch năm trước"));
        assertThat(copy.getValue()).as("offered, and ticked").isTrue();

        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel("Năm kế hoạch")), 2023);
        _assertNone(dialog, Checkbox.class, spec -> spec.withLabel("Sao chép từ kế hoạch năm trước"));
        assertThat(copy.getValue()).isFalse();
    }

    @Test
    void theAllocationGridRefusesAMismatchAndAcceptsABalancedPlan() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        UI.getCurrent().navigate("plans");
        _click(_get(Button.class, spec -> spec.withText("Tạo kế hoạch")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, IntegerField.class, spec -> spec.withLabel("Năm kế hoạch")), 2018);
        _assertNone(dialog, Checkbox.class, spec -> spec.withLabel("Sao chép từ kế hoạch năm trước"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Tạo dự thảo")));
        assertThat(_get(PlanPage.class).getPageTitle()).isEqualTo("Kế hoạch năm 2018");

        fill(_get(TextField.class, spec -> spec.withLabel("Người ký")), "Trưởng ban thử");
        fill(_get(TextField.class, spec -> spec.withLabel("Nơi nhận khác")), "Ban Chỉ đạo Đề án Tỉnh");
        _click(_get(Button.class, spec -> spec.withText("Thêm")));
        _get(TabSheet.class).setSelectedIndex(1);

        @SuppressWarnings("unchecked")
        Grid<TargetLine> city = _get(Grid.class, spec -> spec.withClasses("city-targets"));
        @SuppressWarnings("unchecked")
        Grid<Object> wards = _get(Grid.class, spec -> spec.withClasses("allocation-grid"));
        List<TargetLine> targets = GridKt._fetch(city, 0, GridKt._size(city));
        TargetLine members = targets.stream().filter(line -> line.indicator().equals("Hội viên phát triển mới"))
                .findFirst().orElseThrow();
        for (int row = 0; row < targets.size(); row++) {
            TargetLine line = targets.get(row);
            fill(cell(city, row, AllocationGrid.CITY_COLUMN), line.allocated() ? 30 : 1);
            if (line.allocated()) {
                for (int ward = 0; ward < board.wards().size(); ward++) {
                    fill(cell(wards, ward, AllocationGrid.shareColumn(line.indicatorId())), 10);
                }
            }
        }
        fill(cell(wards, 2, AllocationGrid.shareColumn(members.indicatorId())), 5);
        assertThat(remaining(wards, members)).isEqualTo("Còn thiếu 5");

        _click(_get(Button.class, spec -> spec.withText("Trình duyệt")));
        NotificationsKt.expectNotifications("Chưa trình được: chỉ tiêu «Hội viên phát triển mới» các phường cộng lại "
                + "25 hội viên, còn thiếu 5 so với chỉ tiêu thành phố 30.");
        assertThat(_get(PlanPage.class).getPageTitle()).isEqualTo("Kế hoạch năm 2018");

        fill(cell(wards, 2, AllocationGrid.shareColumn(members.indicatorId())), 12);
        assertThat(remaining(wards, members)).isEqualTo("Thừa 2");
        fill(cell(wards, 2, AllocationGrid.shareColumn(members.indicatorId())), 10);
        assertThat(remaining(wards, members)).isEqualTo("Đã khớp");
        _click(_get(Button.class, spec -> spec.withText("Trình duyệt")));
        NotificationsKt.expectNotifications("Đã trình duyệt kế hoạch.");
        _get(Span.class, spec -> spec.withText("Đang xem xét"));
        _assertNone(Button.class, spec -> spec.withText("Lưu"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Xem dự thảo trình ký (ý kiến, các phiên bản, quy trình)"))
                .getHref()).as("review and sign-off are the draft's, on its page").startsWith("drafts/");
        String plan = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        loginAs(board.reviewer());
        UI.getCurrent().navigate(plan);
        _assertNone(Button.class, spec -> spec.withText("Trình duyệt"));
        _click(_get(Button.class, spec -> spec.withText("Xem xét, ký duyệt trên dự thảo")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("drafts/");
        _get(Button.class, spec -> spec.withText("Đồng ý"));
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndKeepsWhatTheyTyped() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2019, false));
        UI.getCurrent().navigate(PlanPage.class, id.value());
        fill(_get(TextField.class, spec -> spec.withLabel("Người ký")), "Trưởng ban thử");

        loginAs(board.otherDrafter());
        PlanView meanwhile = plans.find(id).orElseThrow();
        PlanContent theirs = meanwhile.content();
        drafting.save(id, meanwhile.version(), new PlanContent("Đề án do đồng nghiệp sửa", theirs.summary(),
                theirs.legalBases(), theirs.preamble(), theirs.targetNotes(), theirs.targets(), theirs.measures(),
                theirs.duties(), theirs.closing(), theirs.signingForm(), theirs.signerName(), theirs.recipients()));

        loginAs(board.drafter());
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Kế hoạch vừa được người khác lưu hoặc chuyển bước. Nội dung bạn nhập vẫn "
                + "giữ nguyên trên màn hình; hãy tải lại để xem bản mới rồi nhập lại phần thay đổi.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Người ký")).getValue()).isEqualTo("Trưởng ban thử");
        assertThat(plans.find(id).orElseThrow().content().programme()).isEqualTo("Đề án do đồng nghiệp sửa");
    }

    private static IntegerField cell(Grid<?> grid, int row, String column) {
        return (IntegerField) GridKt._getCellComponent(grid, row, column);
    }

    private static String remaining(Grid<Object> wards, TargetLine line) {
        return ((Span) wards.getFooterRows().getFirst().getCell(wards.getColumnByKey(
                AllocationGrid.shareColumn(line.indicatorId()))).getComponent()).getText();
    }
}
