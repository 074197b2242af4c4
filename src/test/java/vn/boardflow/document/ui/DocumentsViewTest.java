package vn.boardflow.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.DemoUnits;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.AmendmentKind;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentIssuance.Body;
import vn.boardflow.document.DocumentIssuance.Distribution;
import vn.boardflow.document.DocumentIssuance.Heading;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.EntryOrigin;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.FreshIssuingBody;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments.IncomingDocumentView;
import vn.boardflow.document.NumberingRegister.RegisterFilter;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.FormDialog;

/**
 * A clerk issues a document through the screens; the ward it is sent to finds it unread, opens it, and it is
 * read; the clerk then issues a correction, which the original links to.
 */
class DocumentsViewTest extends KaribuTest {

    @Autowired
    Organisation organisation;
    @Autowired
    Clock clock;

    @Test
    void aClerkIssuesADocumentAndTheWardOpensIt() {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        loginAs(body.clerk());
        OrgUnit phuCuong = DemoUnits.wardBoard(organisation, "Phú Cường");
        UI.getCurrent().navigate("documents");

        _click(_get(Button.class, spec -> spec.withText("Ban hành văn bản (BTN.ĐA · Thủ Dầu Một)")));
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
        assertThat(context.getBean(NumberingRegister.class).entries(new RegisterFilter(body.bodyId(), null, null, null), 0, 5))
                .as("the register notes a document drafted outside").singleElement()
                .satisfies(entry -> assertThat(entry.origin()).isEqualTo(EntryOrigin.TYPED_IN));

        loginAs("phucuong");
        UI.getCurrent().navigate("documents/incoming");
        IncomingDocumentView received = incomingRow("01/KH-BTN.ĐA");
        assertThat(received.readAt()).isNull();

        UI.getCurrent().navigate(DocumentView.class, received.documentId());
        _assertNone(Button.class, spec -> spec.withText("Ban hành văn bản sửa đổi, thay thế, đính chính"));
        UI.getCurrent().navigate("documents/incoming");
        assertThat(incomingRow("01/KH-BTN.ĐA").readAt()).isNotNull();

        loginAs(body.clerk());
        UI.getCurrent().navigate(DocumentView.class, received.documentId());
        _click(_get(Button.class, spec -> spec.withText("Ban hành văn bản sửa đổi, thay thế, đính chính")));
        FormDialog correction = _get(FormDialog.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnit> sameRecipients = _get(correction, MultiSelectComboBox.class);
        assertThat(sameRecipients.getValue()).as("the correction goes where the original went").containsExactly(phuCuong);
        fill(_get(correction, TextArea.class, spec -> spec.withLabel("Trích yếu nội dung")),
                "Đính chính Kế hoạch số 01/KH-BTN.ĐA");
        fill(_get(correction, TextArea.class, spec -> spec.withLabel("Nội dung")), "- Sửa thời gian kiểm tra.");
        fill(_get(correction, TextField.class, spec -> spec.withLabel("Người ký")), "Phạm Quốc Bảo");
        _click(_get(correction, Button.class, spec -> spec.withText("Cấp số và ban hành")));
        NotificationsKt.expectNotifications("Vui lòng chọn văn bản này sửa đổi, thay thế hay đính chính văn bản trước.");

        @SuppressWarnings("unchecked")
        Select<AmendmentKind> kind = _get(correction, Select.class, spec -> spec.withLabel("Quan hệ với văn bản gốc"));
        fill(kind, AmendmentKind.CORRECTS);
        _click(_get(correction, Button.class, spec -> spec.withText("Cấp số và ban hành")));
        NotificationsKt.expectNotifications("Đã ban hành văn bản số 02/KH-BTN.ĐA.");
        String today = VietnameseDates.format(LocalDate.now(clock));
        _get(RouterLink.class, spec -> spec.withText("Đính chính: 01/KH-BTN.ĐA ngày " + today));

        UI.getCurrent().navigate(DocumentView.class, received.documentId());
        _get(RouterLink.class, spec -> spec.withText("Đính chính: 02/KH-BTN.ĐA ngày " + today));
    }

    @Test
    void theOutgoingListShowsTheLatestIssuedFirstWhateverTheirYear() {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        loginAs(body.clerk());
        DocumentIssuance issuance = context.getBean(DocumentIssuance.class);
        issuance.issue(notice(body, LocalDate.now(clock), "Thông báo lịch giao ban"));
        issuance.issue(notice(body, LocalDate.of(2018, 3, 12), "Thông báo bổ sung năm 2018"));

        UI.getCurrent().navigate("documents");
        @SuppressWarnings("unchecked")
        Grid<IssuedDocumentView> grid = _get(Grid.class);
        IntegerField year = _get(IntegerField.class, spec -> spec.withLabel("Năm"));
        assertThat(year.getValue()).as("every year").isNull();
        assertThat(GridKt._get(grid, 0).summary()).as("the back-dated one, issued last").isEqualTo("Thông báo bổ sung năm 2018");
        assertThat(GridKt._get(grid, 0).symbol()).isEqualTo("01/TB-BTN.ĐA");

        fill(year, 2018);
        assertThat(GridKt._findAll(grid)).extracting(IssuedDocumentView::summary)
                .contains("Thông báo bổ sung năm 2018").doesNotContain("Thông báo lịch giao ban");
    }

    private static IssueDocument notice(FreshIssuingBody body, LocalDate issuedOn, String summary) {
        return new IssueDocument(new Heading(body.bodyId(), DocumentType.THONG_BAO, issuedOn, summary, "TTK"),
                Body.of(List.of(new Bullet("Nội dung thông báo."))), Signature.under(SigningForm.TM, "Phạm Quốc Bảo"),
                Distribution.to(List.of()));
    }

    private IncomingDocumentView incomingRow(String symbol) {
        @SuppressWarnings("unchecked")
        Grid<IncomingDocumentView> grid = _get(Grid.class);
        return GridKt._findAll(grid).stream().filter(row -> row.symbol().equals(symbol)).findFirst().orElseThrow();
    }
}
