package vn.boardflow.fund.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.MoneyField;

/**
 * The accountant opens the board's 2026 budget from Dự toán kinh phí and adds a line: the amount typed as digits is
 * shown grouped with its words, giving the wards more than the line is refused, and the line saved shows what is
 * still to allocate; the decision drafted from the page is refused until the line is wholly shared out, then sent,
 * and the lines wait; the ward's officer finds nothing under Kinh phí của phường before the decision is issued.
 */
class BudgetPageTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAccountantAddsALineAndAllocatesItToTheWards() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.another(context, Role.ACCOUNTANT, "Kế toán"));
        UI.getCurrent().navigate("funds/budgets");
        _click(_get(Button.class, spec -> spec.withText("Lập dự toán")));
        FormDialog create = _get(FormDialog.class);
        fill(_get(create, IntegerField.class, spec -> spec.withLabel("Năm")), 2026);
        _click(_get(create, Button.class, spec -> spec.withText("Lập dự toán")));
        _get(Span.class, spec -> spec.withText("Tổng dự toán 0 đ · đã phân bổ 0 đ · còn lại 0 đ"));

        _click(_get(Button.class, spec -> spec.withText("Thêm khoản chi")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Nội dung chi")), "Hội nghị sơ kết Đề án 6 tháng");
        ComboBox<ExpenseItem> item = _get(dialog, ComboBox.class, spec -> spec.withLabel("Mục, tiểu mục"));
        fill(item, item.getListDataView().getItems().filter(each -> each.code().equals("6658")).findFirst().orElseThrow());
        MoneyField amount = _get(dialog, MoneyField.class, spec -> spec.withLabel("Số tiền dự toán"));
        TextField typed = _get(amount, TextField.class);
        fill(typed, "30000000");
        assertThat(typed.getValue()).isEqualTo("30.000.000");
        assertThat(amount.getHelperText()).isEqualTo("Ba mươi triệu đồng chẵn");
        MoneyField first = _get(dialog, MoneyField.class, spec -> spec.withLabel("Phường An " + tag(board)));
        fill(_get(first, TextField.class), "31.000.000");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu khoản chi")));
        NotificationsKt.expectNotifications("Khoản chi “Hội nghị sơ kết Đề án 6 tháng” đã phân bổ 31.000.000 đ, vượt"
                + " số dự toán 30.000.000 đ.");

        fill(_get(first, TextField.class), "12.000.000");
        _get(dialog, Span.class, spec -> spec.withText("Còn phải phân bổ: 18.000.000 đ"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu khoản chi")));
        NotificationsKt.expectNotifications("Đã lưu dự toán.");
        Grid<BudgetLine> lines = _get(Grid.class, spec -> spec.withId("budget-lines"));
        assertThat(GridKt._findAll(lines)).singleElement()
                .satisfies(line -> assertThat(line.remaining()).isEqualTo(Money.of(18_000_000)));

        // the decision is drafted from the page and refused while the line is only partly shared out
        _click(_get(Button.class, spec -> spec.withText("Lập dự thảo Quyết định phân bổ")));
        NotificationsKt.expectNotifications("Đã lập dự thảo Quyết định; kiểm tra bản xem trước rồi trình.");
        _get(Span.class, spec -> spec.withText("Quyết định phân bổ: Đang soạn"));
        _click(_get(Button.class, spec -> spec.withText("Trình Quyết định phân bổ")));
        NotificationsKt.expectNotifications("Khoản chi “Hội nghị sơ kết Đề án 6 tháng” mới phân bổ một phần cho các"
                + " phường, còn thiếu 18.000.000 đ; phân bổ hết hoặc bỏ phân bổ để cấp trên trực tiếp chi.");
        _click(_get(GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("budget-lines")), 0, "actions"),
                Button.class, spec -> spec.withText("Sửa")));
        FormDialog edit = _get(FormDialog.class);
        fill(_get(_get(edit, MoneyField.class, spec -> spec.withLabel("Phường Bình " + tag(board))), TextField.class),
                "18000000");
        _click(_get(edit, Button.class, spec -> spec.withText("Lưu khoản chi")));
        NotificationsKt.expectNotifications("Đã lưu dự toán.");
        _click(_get(Button.class, spec -> spec.withText("Trình Quyết định phân bổ")));
        NotificationsKt.expectNotifications("Đã trình dự thảo.");
        _get(Span.class, spec -> spec.withText("Quyết định phân bổ: Đang xem xét"));
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Thêm khoản chi")))
                .as("the lines wait while the decision is on its way").isEmpty();

        // the ward's officer sees nothing before the decision is issued
        loginAs(board.wardOfficer());
        UI.getCurrent().navigate("funds/mine");
        assertThat(GridKt._findAll(_get(Grid.class, spec -> spec.withId("ward-funds")))).isEmpty();
    }

    /** The board's own mark, which its wards' names end with. */
    private static String tag(PlanningBoard board) {
        return board.drafter().substring(2);
    }
}
