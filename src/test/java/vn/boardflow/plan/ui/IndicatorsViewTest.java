package vn.boardflow.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.plan.Indicators;
import vn.boardflow.plan.Indicators.IndicatorView;
import vn.boardflow.shared.ui.FormDialog;

/** An administrator adds an indicator to the catalogue, a blank unit is refused, and retiring it hides it from new plans. */
class IndicatorsViewTest extends KaribuTest {

    @Autowired
    Indicators indicators;

    @Test
    void anAdministratorAddsAndRetiresAnIndicator() {
        String name = "Điểm sinh hoạt đoàn viên xa quê " + UUID.randomUUID().toString().substring(0, 4);
        loginAs("quantri");
        UI.getCurrent().navigate("admin/indicators");
        assertThat(rows()).extracting(IndicatorView::name).contains("Hội viên phát triển mới", "Đoàn viên phát triển mới");

        _click(_get(Button.class, spec -> spec.withText("Thêm chỉ tiêu")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Tên chỉ tiêu")), name);
        fill(_get(dialog, Checkbox.class, spec -> spec.withLabel("Phân bổ cho các phường")), false);
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Chưa có đơn vị tính.");
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Đơn vị tính")), "điểm");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Đã lưu chỉ tiêu.");
        IndicatorView added = rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
        assertThat(added.allocated()).isFalse();

        @SuppressWarnings("unchecked")
        Grid<IndicatorView> grid = _get(Grid.class);
        GridKt._doubleClickItem(grid, rows().indexOf(added), 0, false, false, false, false);
        FormDialog edit = _get(FormDialog.class);
        fill(_get(edit, Checkbox.class, spec -> spec.withLabel("Đang dùng cho kế hoạch mới")), false);
        _click(_get(edit, Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Đã lưu chỉ tiêu.");
        assertThat(rows()).extracting(IndicatorView::name).doesNotContain(name);
        assertThat(indicators.list(true)).extracting(IndicatorView::name).contains(name);
    }

    private static List<IndicatorView> rows() {
        @SuppressWarnings("unchecked")
        Grid<IndicatorView> grid = _get(Grid.class);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }
}
