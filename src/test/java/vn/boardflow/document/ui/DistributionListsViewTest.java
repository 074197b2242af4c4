package vn.boardflow.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.DistributionLists.DistributionListView;
import vn.boardflow.shared.ui.FormDialog;

class DistributionListsViewTest extends KaribuTest {

    @Test
    void theCityClerkFindsTheWardListAndSavesANewOne() {
        loginAs("vanthu");
        UI.getCurrent().navigate("documents/distribution-lists");
        @SuppressWarnings("unchecked")
        Grid<DistributionListView> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).filteredOn(list -> list.name().equals("BTC Đề án các phường"))
                .singleElement().satisfies(list -> assertThat(list.recipients()).hasSize(14));

        String name = "Cơ quan phối hợp " + UUID.randomUUID().toString().substring(0, 4);
        _click(_get(Button.class, spec -> spec.withText("Thêm danh sách nơi nhận")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Tên danh sách")), name);
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Nơi nhận ngoài hệ thống")),
                "Hội LHPN Thành phố\nLiên đoàn Lao động Thành phố");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Đã lưu danh sách nơi nhận.");
        assertThat(GridKt._findAll(grid)).filteredOn(list -> list.name().equals(name)).singleElement()
                .satisfies(list -> assertThat(list.recipients()).extracting(r -> r.label())
                        .containsExactly("Hội LHPN Thành phố", "Liên đoàn Lao động Thành phố"));
    }
}
