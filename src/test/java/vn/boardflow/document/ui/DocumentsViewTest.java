package vn.boardflow.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.DemoUnits;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.FreshIssuingBody;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.IssuedDocuments.IncomingDocumentView;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.ui.FormDialog;

/** A clerk issues a document through the screens; the ward it is sent to finds it unread, opens it, and it is read. */
class DocumentsViewTest extends KaribuTest {

    @Autowired
    Organisation organisation;

    @Test
    void aClerkIssuesADocumentAndTheWardOpensIt() {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        loginAs(body.clerk());
        OrgUnit phuCuong = DemoUnits.wardBoard(organisation, "Phú Cường");
        UI.getCurrent().navigate("documents");

        _click(_get(Button.class, spec -> spec.withText("Ban hành văn bản (BTN.ĐA)")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Trích yếu nội dung")),
                "Kế hoạch kiểm tra 6 tháng đầu năm 2026");
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung")),
                "I. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả 6 tháng.");
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Người ký")), "Phạm Quốc Bảo");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnit> recipients = _get(dialog, MultiSelectComboBox.class);
        fill(recipients, Set.of(phuCuong));
        _click(_get(dialog, Button.class, spec -> spec.withText("Cấp số và ban hành")));

        NotificationsKt.expectNotifications("Đã ban hành văn bản số 01/KH-BTN.ĐA.");
        assertThat(_get(DocumentView.class).getPageTitle()).isEqualTo("01/KH-BTN.ĐA");

        loginAs("phucuong");
        UI.getCurrent().navigate("documents/incoming");
        IncomingDocumentView received = incomingRow("01/KH-BTN.ĐA");
        assertThat(received.readAt()).isNull();

        UI.getCurrent().navigate(DocumentView.class, received.documentId());
        UI.getCurrent().navigate("documents/incoming");
        assertThat(incomingRow("01/KH-BTN.ĐA").readAt()).isNotNull();
    }

    private IncomingDocumentView incomingRow(String symbol) {
        @SuppressWarnings("unchecked")
        Grid<IncomingDocumentView> grid = _get(Grid.class);
        return GridKt._findAll(grid).stream().filter(row -> row.symbol().equals(symbol)).findFirst().orElseThrow();
    }
}
