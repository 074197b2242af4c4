package vn.boardflow.fund.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.fund.FundFixtures;
import vn.boardflow.fund.SettlementFiles;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.SettlementSummary;
import vn.boardflow.fund.WardFunds.LineFunds;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.MoneyField;

/**
 * The ward's officer opens a dossier from Kinh phí của phường, enters a voucher (the card says it still needs its
 * scan), attaches it, takes the vouchers' total as the amount asked and sends it; the secretariat receives it; the
 * accountant finds it waiting under Hồ sơ thanh quyết toán and returns it with a comment on the voucher, which the
 * ward's officer then reads on the voucher's card.
 */
class SettlementPageTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void theWardEntersAVoucherSendsItAndReadsTheAccountantsComment() {
        PlanningBoard board = PlanningBoard.create(context);
        String accountant = board.another(context, Role.ACCOUNTANT, "Kế toán");
        FundFixtures.decidedBudget(context, board, accountant);

        openFromWardFunds(board.wardOfficer(), "Lập hồ sơ thanh toán");

        _click(_get(Button.class, spec -> spec.withText("Thêm chứng từ")));
        FormDialog voucher = _get(FormDialog.class);
        fill(_get(voucher, TextField.class, spec -> spec.withLabel("Số chứng từ")), "01/PC");
        fill(_get(voucher, DatePicker.class, spec -> spec.withLabel("Ngày chứng từ")), LocalDate.of(2026, 7, 10));
        fill(_get(voucher, TextField.class, spec -> spec.withLabel("Số hóa đơn")), "0009876");
        fill(_get(voucher, TextField.class, spec -> spec.withLabel("Nội dung chi")), "Tiền ăn đại biểu hội nghị");
        ComboBox<ExpenseItem> item = _get(voucher, ComboBox.class, spec -> spec.withLabel("Mục, tiểu mục"));
        fill(item, item.getListDataView().getItems().filter(each -> each.code().equals("6658")).findFirst()
                .orElseThrow());
        fill(_get(_get(voucher, MoneyField.class, spec -> spec.withLabel("Số tiền")), TextField.class), "2700000");
        fill(_get(voucher, IntegerField.class, spec -> spec.withLabel("Số người")), 18);
        fill(_get(voucher, IntegerField.class, spec -> spec.withLabel("Số ngày (buổi)")), 1);
        _click(_get(voucher, Button.class, spec -> spec.withText("Lưu chứng từ")));
        NotificationsKt.expectNotifications("Đã lưu hồ sơ.");
        Div card = _get(Div.class, spec -> spec.withId("voucher-1"));
        assertThat(card.getElement().getTextRecursively()).contains("01/PC", "10/07/2026", "HĐ 0009876",
                "2.700.000 đ", "18 người × 1", "Chứng từ 01/PC chưa có bản chụp hoặc bản quét.");

        SettlementId id = context.getBean(Settlements.class).mine().getFirst().id();
        context.getBean(SettlementFiles.class).attach(id, 1, "hoa-don.jpg", EvidenceSamples.smallPhoto());
        UI.getCurrent().navigate("funds/settlement/" + id);
        _click(_get(Button.class, spec -> spec.withText("Lấy theo tổng chứng từ (2.700.000 đ)")));
        _click(_get(Button.class, spec -> spec.withText("Gửi hồ sơ")));
        NotificationsKt.expectNotifications("Đã gửi hồ sơ.");
        assertThat(_find(Button.class, spec -> spec.withText("Thêm chứng từ"))).as("sent, it no longer changes")
                .isEmpty();

        loginAs(board.reviewer());
        UI.getCurrent().navigate("funds/settlement/" + id);
        _click(_get(Button.class, spec -> spec.withText("Tiếp nhận hồ sơ")));
        NotificationsKt.expectNotifications("Đã tiếp nhận hồ sơ, chuyển kế toán kiểm tra.");

        loginAs(accountant);
        UI.getCurrent().navigate("funds/settlements");
        Grid<SettlementSummary> waiting = _get(Grid.class, spec -> spec.withId("settlements-waiting"));
        assertThat(GridKt._findAll(waiting)).filteredOn(dossier -> dossier.id().equals(id)).singleElement()
                .satisfies(dossier -> assertThat(dossier.status()).isEqualTo(SettlementStatus.RECEIVED));
        UI.getCurrent().navigate("funds/settlement/" + id);
        _click(_get(Button.class, spec -> spec.withText("Trả lại phường")));
        FormDialog returning = _get(FormDialog.class);
        fill(_get(returning, TextArea.class, spec -> spec.withLabel("Chứng từ 1 · 01/PC · Tiền ăn đại biểu hội nghị")),
                "Thiếu danh sách đại biểu ký nhận.");
        _click(_get(returning, Button.class, spec -> spec.withText("Trả lại phường")));
        NotificationsKt.expectNotifications("Đã trả hồ sơ cho phường.");

        loginAs(board.wardOfficer());
        UI.getCurrent().navigate("funds/settlement/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("voucher-1")).getElement().getTextRecursively())
                .contains("Kế toán: Thiếu danh sách đại biểu ký nhận.");
        _get(Button.class, spec -> spec.withText("Gửi hồ sơ"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWardAsksForAnAdvanceAndSettlesItOncePaidOut() {
        PlanningBoard board = PlanningBoard.create(context);
        String accountant = board.another(context, Role.ACCOUNTANT, "Kế toán");
        FundFixtures.decidedBudget(context, board, accountant);

        openFromWardFunds(board.wardOfficer(), "Đề nghị tạm ứng");
        assertThat(_find(Button.class, spec -> spec.withText("Thêm chứng từ"))).as("an advance has no vouchers")
                .isEmpty();
        fill(_get(_get(MoneyField.class, spec -> spec.withLabel("Số tiền đề nghị tạm ứng")), TextField.class),
                "4000000");
        fill(_get(DatePicker.class, spec -> spec.withLabel("Hạn thanh toán")), LocalDate.now().plusDays(20));
        _click(_get(Button.class, spec -> spec.withText("Gửi hồ sơ")));
        NotificationsKt.expectNotifications("Đã gửi hồ sơ.");
        SettlementId id = context.getBean(Settlements.class).mine().getFirst().id();

        loginAs(accountant);
        UI.getCurrent().navigate("funds/settlement/" + id);
        _click(_get(Button.class, spec -> spec.withText("Kiểm tra đạt")));
        _click(_get(_get(FormDialog.class), Button.class, spec -> spec.withText("Kiểm tra đạt")));
        loginAs(board.leader());
        UI.getCurrent().navigate("funds/settlement/" + id);
        _click(_get(Button.class, spec -> spec.withText("Phê duyệt")));
        _click(_get(_get(FormDialog.class), Button.class, spec -> spec.withText("Phê duyệt")));
        loginAs(accountant);
        UI.getCurrent().navigate("funds/settlement/" + id);
        _click(_get(Button.class, spec -> spec.withText("Đã chi tạm ứng")));
        _click(_get(_get(FormDialog.class), Button.class, spec -> spec.withText("Đã chi tạm ứng")));

        loginAs(board.wardOfficer());
        UI.getCurrent().navigate("funds/mine");
        assertThat(GridKt._findAll(_get(Grid.class, spec -> spec.withId("ward-funds")))).extracting(
                line -> ((LineFunds) line).advanced().display()).contains("4.000.000 đ");
        UI.getCurrent().navigate("funds/settlement/" + id);
        _click(_get(Button.class, spec -> spec.withText("Lập hồ sơ thanh toán tạm ứng")));
        assertThat(_get(Div.class, spec -> spec.withId("dossier-links")).getElement().getTextRecursively())
                .contains("Thanh toán tạm ứng:", "Tạm ứng đã nhận 4.000.000 đ · đã chi 0 đ · nộp lại 4.000.000 đ");
        _get(Button.class, spec -> spec.withText("Thêm chứng từ"));
    }

    /** Signed in as the ward's officer, the line's button under Kinh phí của phường, then its dialog's. */
    @SuppressWarnings("unchecked")
    private void openFromWardFunds(String officer, String button) {
        loginAs(officer);
        UI.getCurrent().navigate("funds/mine");
        Grid<LineFunds> funds = _get(Grid.class, spec -> spec.withId("ward-funds"));
        int row = GridKt._findAll(funds).stream().map(line -> line.allocation().activity()).toList()
                .indexOf(FundFixtures.ACTIVITY);
        Div actions = (Div) GridKt._getCellComponent(funds, row, "open");
        _click(_get(actions, Button.class, spec -> spec.withText(button)));
        _click(_get(_get(FormDialog.class), Button.class, spec -> spec.withText(button)));
    }
}
