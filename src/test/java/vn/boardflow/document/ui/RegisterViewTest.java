package vn.boardflow.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.FreshIssuingBody;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.shared.ui.FormDialog;

class RegisterViewTest extends KaribuTest {


    @Test
    void aClerkEntersAPaperDocumentAndVoidsItsNumberWithAReason() {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        loginAs(body.clerk());
        UI.getCurrent().navigate("documents/register");

        _click(_get(Button.class, spec -> spec.withText("Vào sổ văn bản")));
        FormDialog entry = _get(FormDialog.class);
        fill(_get(entry, TextArea.class, spec -> spec.withLabel("Trích yếu nội dung")),
                "Kế hoạch triển khai thực hiện Đề án năm 2026");
        fill(_get(entry, TextField.class, spec -> spec.withLabel("Người ký")), "Phạm Quốc Bảo");
        fill(_get(entry, TextArea.class, spec -> spec.withLabel("Nơi nhận")), "BCĐ Đề án Tỉnh\nBTC Đề án các phường");
        _click(_get(entry, Button.class, spec -> spec.withText("Cấp số và vào sổ")));

        NotificationsKt.expectNotifications("Đã cấp số 01/KH-BTN.ĐA.");
        @SuppressWarnings("unchecked")
        Grid<RegisterEntryView> grid = _get(Grid.class);
        List<RegisterEntryView> rows = GridKt._findAll(grid);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.symbol()).isEqualTo("01/KH-BTN.ĐA");
            assertThat(row.recipients()).containsExactly("BCĐ Đề án Tỉnh", "BTC Đề án các phường");
        });

        grid.select(rows.getFirst());
        _click(_get(Button.class, spec -> spec.withText("Hủy số")));
        FormDialog voiding = _find(FormDialog.class).getLast();
        fill(_get(voiding, TextField.class, spec -> spec.withLabel("Lý do hủy số")), "Ký nhầm người ký");
        _click(_get(voiding, Button.class, spec -> spec.withText("Hủy số")));

        NotificationsKt.expectNotifications("Đã hủy số.");
        assertThat(GridKt._findAll(grid)).singleElement().satisfies(row -> {
            assertThat(row.voided()).isTrue();
            assertThat(row.voidReason()).isEqualTo("Ký nhầm người ký");
        });
    }

    @Test
    void aDrafterReadsTheRegisterButCannotGiveNumbers() {
        loginAs("duthao");
        UI.getCurrent().navigate("documents/register");

        _get(Grid.class);
        _assertNone(Button.class, spec -> spec.withText("Vào sổ văn bản"));
        _assertNone(Button.class, spec -> spec.withText("Hủy số"));
    }
}
