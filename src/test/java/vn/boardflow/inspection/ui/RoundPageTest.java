package vn.boardflow.inspection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.ui.FormDialog;

/**
 * The secretariat opens a mid-year round on the screens, forms two teams, gives the wards to them, is
 * shown why the first schedule cannot stand (a member inspecting her own ward, two wards in a day), fixes
 * it and confirms it.
 */
class RoundPageTest extends KaribuTest {

    @Autowired
    UserDirectory users;

    @Test
    void theSecretariatSchedulesARoundOnTheScreens() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        UI.getCurrent().navigate("inspections");
        @SuppressWarnings("unchecked")
        Select<IssuingBodyView> body = _get(Select.class, spec -> spec.withLabel("Cơ quan"));
        fill(body, body.getListDataView().getItems().filter(candidate -> candidate.id().equals(board.bodyId()))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Mở đợt kiểm tra")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Mục đích, yêu cầu")),
                "Đánh giá kết quả thực hiện Đề án 6 tháng đầu năm");
        _click(_get(dialog, Button.class, spec -> spec.withText("Mở đợt")));
        assertThat(_get(RoundPage.class).getPageTitle()).as("the year as written, without a thousands dot")
                .matches("Kiểm tra (6 tháng đầu năm|cuối năm) \\d{4}");
        fill(_get(TextArea.class, spec -> spec.withLabel("Mục đích, yêu cầu")),
                "Đánh giá kết quả 6 tháng đầu năm, chú trọng phát triển hội viên");
        _click(_get(Button.class, spec -> spec.withText("Lưu thông tin đợt")));
        NotificationsKt.expectNotifications("Đã lưu thông tin đợt kiểm tra.");

        _click(_get(Button.class, spec -> spec.withText("Thêm đoàn")));
        _click(_get(Button.class, spec -> spec.withText("Thêm đoàn")));
        List<ComboBox> heads = _find(ComboBox.class, spec -> spec.withLabel("Trưởng đoàn"));
        List<MultiSelectComboBox> members = _find(MultiSelectComboBox.class, spec -> spec.withLabel("Thành viên"));
        setPerson(heads.get(0), board.reviewer());
        setPeople(members.get(0), board.wardOfficer());
        setPerson(heads.get(1), board.leader());
        setPeople(members.get(1), board.clerk());

        @SuppressWarnings("unchecked")
        Grid<WardRef> visits = _get(Grid.class, spec -> spec.withClasses("visit-grid"));
        LocalDate june10 = LocalDate.of(2026, 6, 10);
        visit(visits, 0, "Đoàn 1", june10);
        visit(visits, 1, "Đoàn 2", june10);
        visit(visits, 2, "Đoàn 2", june10);
        _click(_get(Button.class, spec -> spec.withText("Chốt lịch")));
        NotificationsKt.expectNotifications("Đã lưu lịch kiểm tra; còn 3 điểm chưa đúng quy định, cần sửa trước khi chốt.");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).anySatisfy(text ->
                assertThat(text).contains("giữ vai trò tại").contains("nên không kiểm tra phường này"))
                .anySatisfy(text -> assertThat(text).contains("được xếp kiểm tra nhiều phường trong ngày 10/06/2026"));

        visit(visits, 0, "Đoàn 2", june10);
        visit(visits, 1, "Đoàn 1", june10);
        visit(visits, 2, "Đoàn 2", june10.plusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Chốt lịch")));
        assertThat(confirm()).isEqualTo(
                "Sau khi chốt, lịch không sửa được nữa: 3 phường được giao cho các đoàn và đợt kiểm tra bắt đầu.");
        NotificationsKt.expectNotifications("Đã chốt lịch kiểm tra; các đoàn đã được giao phường.");
        _get(Span.class, spec -> spec.withText("Đã xếp lịch"));
        _get(Paragraph.class, spec -> spec.withText("Đánh giá kết quả 6 tháng đầu năm, chú trọng phát triển hội viên"));
        @SuppressWarnings("unchecked")
        Grid<WardInspectionView> overview = _get(Grid.class, spec -> spec.withClasses("round-overview"));
        assertThat(GridKt._fetch(overview, 0, GridKt._size(overview))).hasSize(3)
                .allSatisfy(ward -> assertThat(ward.status()).isEqualTo(WardStatus.SCHEDULED));
        RoundId roundId = GridKt._get(overview, 0).roundId();

        loginAs(board.reviewer());
        UI.getCurrent().navigate(RoundPage.class, roundId.value());
        @SuppressWarnings("unchecked")
        Grid<WardInspectionView> ownTeam = _get(Grid.class, spec -> spec.withClasses("round-overview"));
        assertThat(GridKt._fetch(ownTeam, 0, GridKt._size(ownTeam))).as("the head of Đoàn 1 sees its one ward")
                .extracting(WardInspectionView::team).containsExactly("Đoàn 1");
        _assertNone(Button.class, spec -> spec.withText("Soạn kế hoạch kiểm tra để trình ký"));

        loginAs(board.drafter());
        UI.getCurrent().navigate(RoundPage.class, roundId.value());
        _click(_get(Button.class, spec -> spec.withText("Soạn kế hoạch kiểm tra để trình ký")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("on to the draft's page")
                .startsWith("drafts/");
        _get(Span.class, spec -> spec.withText("Đang soạn"));
        UI.getCurrent().navigate(RoundPage.class, roundId.value());
        _assertNone(Button.class, spec -> spec.withText("Soạn kế hoạch kiểm tra để trình ký"));
        _get(Anchor.class, spec -> spec.withText("Kế hoạch kiểm tra đang trình ký: xem dự thảo"));
    }

    @SuppressWarnings("unchecked")
    private void setPerson(ComboBox head, String username) {
        fill((ComboBox<UserSummary>) head, users.contacts(List.of(username)).getFirst());
    }

    @SuppressWarnings("unchecked")
    private void setPeople(MultiSelectComboBox members, String username) {
        fill((MultiSelectComboBox<UserSummary>) members, Set.copyOf(users.contacts(List.of(username))));
    }

    @SuppressWarnings("unchecked")
    private static void visit(Grid<WardRef> grid, int row, String team, LocalDate date) {
        fill((Select<String>) GridKt._getCellComponent(grid, row, "team"), team);
        fill((DatePicker) GridKt._getCellComponent(grid, row, "date"), date);
    }
}
