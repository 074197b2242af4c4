package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentIssuance.Amendment;
import vn.boardflow.document.DocumentIssuance.Body;
import vn.boardflow.document.DocumentIssuance.Distribution;
import vn.boardflow.document.DocumentIssuance.Heading;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.document.IssuedDocuments.IncomingDocumentView;
import vn.boardflow.document.IssuedDocuments.ReadReceipt;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

@IntegrationTest
class DocumentIssuanceTests {

    static final LocalDate ISSUED_ON = LocalDate.of(2026, 1, 5);

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentIssuance issuance;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    DocumentTemplates templates;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Organisation organisation;

    FreshIssuingBody body;
    UnitId phuCuong;
    UnitId phuLoi;

    @BeforeEach
    void freshBodyAndWards() {
        body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, "quantri");
        phuCuong = DemoUnits.wardBoard(organisation, "Phú Cường").id();
        phuLoi = DemoUnits.wardBoard(organisation, "Phú Lợi").id();
        Logins.out();
    }

    private IssueDocument plan(List<Recipient> recipients, Long amends, AmendmentKind kind) {
        return new IssueDocument(new Heading(body.bodyId(), DocumentType.KE_HOACH, ISSUED_ON,
                "Kế hoạch kiểm tra 6 tháng & cuối năm", "TTK"), new Body(List.of("Căn cứ Kế hoạch số 01/KH-BTC.ĐACN"), null,
                List.of(new DocumentContent.Part("I", "MỤC ĐÍCH, YÊU CẦU"), new Bullet("Kiểm tra các phường.")), null),
                Signature.under(SigningForm.TM, "Phạm Quốc Bảo"), Distribution.to(recipients),
                amends == null ? null : new Amendment(amends, kind));
    }

    @Test
    void aClerkIssuesADocumentThatIsNumberedRegisteredRenderedAndDownloadable() throws Exception {
        Logins.as(userDetails, body.clerk());
        IssuedDocumentView issued = issuance.issue(plan(List.of(Recipient.unit(phuCuong, "BTC Đề án phường Phú Cường"),
                Recipient.outside("Hội LHPN Thành phố")), null, null));

        assertThat(issued.symbol()).isEqualTo("01/KH-BTN.ĐA");
        assertThat(issued.fileName()).isEqualTo("01-KH-BTN.DA-2026.docx");
        IssuedDocumentView stored = documents.find(issued.id()).orElseThrow();
        assertThat(stored.rendered()).as("its file written with it").isTrue();
        assertThat(stored.templateVersion()).isEqualTo("default/KH.docx");

        DocumentFile file = documents.download(issued.id());
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.bytes())));
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(file.bytes()))
                .getMainDocumentPart().getJaxbElement());
        assertThat(text).contains("Số: 01/KH-BTN.ĐA", "Thủ Dầu Một, ngày 05 tháng 01 năm 2026",
                "Kế hoạch kiểm tra 6 tháng & cuối năm", "- BTC Đề án phường Phú Cường;", "- Hội LHPN Thành phố;",
                "- Lưu: VT, TTK.");
        assertThat(documents.download(issued.id()).bytes()).as("downloaded exactly as issued").isEqualTo(file.bytes());
    }

    @Test
    void recipientUnitsFindItAmongTheirIncomingDocumentsAndTheIssuerSeesWhoOpenedIt() {
        Logins.as(userDetails, body.clerk());
        IssuedDocumentView issued = issuance.issue(plan(List.of(Recipient.unit(phuCuong, "BTC Đề án phường Phú Cường"),
                Recipient.unit(phuLoi, "BTC Đề án phường Phú Lợi")), null, null));

        Logins.as(userDetails, "phucuong");
        IncomingDocumentView received = documents.incoming(true, 0, 100).stream()
                .filter(entry -> entry.documentId() == issued.id()).findFirst().orElseThrow();
        assertThat(received.readAt()).isNull();
        assertThat(received.unitName()).isEqualTo("Ban Tổ chức Đề án phường Phú Cường");
        documents.download(issued.id());
        assertThat(documents.incoming(true, 0, 100)).extracting(IncomingDocumentView::documentId)
                .doesNotContain(issued.id());
        assertThatThrownBy(() -> documents.readReceipts(issued.id())).isInstanceOf(AccessDeniedException.class);

        Logins.as(userDetails, body.clerk());
        assertThat(documents.readReceipts(issued.id()))
                .extracting(ReadReceipt::unitName, ReadReceipt::readBy)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Ban Tổ chức Đề án phường Phú Cường", "phucuong"),
                        org.assertj.core.groups.Tuple.tuple("Ban Tổ chức Đề án phường Phú Lợi", null));
    }

    @Test
    void aUnitThatIsNoRecipientCannotOpenTheDocument() {
        Logins.as(userDetails, body.clerk());
        IssuedDocumentView issued = issuance.issue(plan(List.of(Recipient.unit(phuCuong, "BTC Đề án phường Phú Cường")),
                null, null));

        Logins.as(userDetails, "phuloi");
        assertThat(documents.find(issued.id())).isEmpty();
        assertThatThrownBy(() -> documents.download(issued.id())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("document.error.notFound");
    }

    @Test
    void aCorrectionIsANewDocumentThatPointsAtTheOriginal() {
        Logins.as(userDetails, body.clerk());
        IssuedDocumentView original = issuance.issue(plan(List.of(), null, null));
        IssuedDocumentView correction = issuance.issue(plan(List.of(), original.id(), AmendmentKind.CORRECTS));

        assertThat(correction.symbol()).isEqualTo("02/KH-BTN.ĐA");
        assertThat(correction.amendsId()).isEqualTo(original.id());
        assertThat(correction.amendmentKind()).isEqualTo(AmendmentKind.CORRECTS);
        assertThatThrownBy(() -> issuance.issue(plan(List.of(), original.id(), null)))
                .hasMessageContaining("issuance.error.amendmentKindRequired");
    }

    @Test
    void anIssuedDocumentRecordsTheTemplateVersionItWasRenderedWith() throws Exception {
        Logins.as(userDetails, "quantri");
        byte[] shipped = templates.file(DocumentType.THONG_BAO, "default/TB.docx");
        String uploaded = templates.upload(DocumentType.THONG_BAO, "TB-moi.docx", shipped).version();

        Logins.as(userDetails, body.clerk());
        IssuedDocumentView notice = issuance.issue(new IssueDocument(new Heading(body.bodyId(), DocumentType.THONG_BAO,
                ISSUED_ON, "Thông báo lịch kiểm tra", "TTK"), Body.of(List.of(new Bullet("Lịch kiểm tra."))),
                Signature.under(SigningForm.TM, "Phạm Quốc Bảo"), Distribution.to(List.of())));

        assertThat(notice.templateVersion()).isEqualTo(uploaded).startsWith("uploaded/");
        assertThat(documents.download(notice.id()).bytes()).isNotEmpty();
    }

    @Test
    void aTemplateThatBreaksTheFormatStopsTheIssuanceBeforeANumberIsSpent() throws Exception {
        Logins.as(userDetails, "quantri");
        byte[] shipped = templates.file(DocumentType.BAO_CAO, "default/BC.docx");
        templates.upload(DocumentType.BAO_CAO, "BC-sai.docx", TemplateEdits.replace(shipped, "word/document.xml",
                "${motto}", "Độc lập – Tự do – Hạnh phúc"));

        try {
            Logins.as(userDetails, body.clerk());
            assertThatThrownBy(() -> issuance.issue(new IssueDocument(new Heading(body.bodyId(), DocumentType.BAO_CAO,
                    ISSUED_ON, "Báo cáo tháng", "TTK"), Body.of(List.of(new Bullet("Kết quả."))),
                    Signature.under(SigningForm.TM, "Phạm Quốc Bảo"), new Distribution("Ban Chỉ đạo Đề án tỉnh",
                    List.of())))).isInstanceOf(RuleViolation.class).hasMessageContaining("formatCheck.mottoDashes");
            assertThat(issuance.issue(plan(List.of(), null, null)).symbol()).as("no number spent")
                    .isEqualTo("01/KH-BTN.ĐA");
        } finally {
            // the database is shared: later tests issue reports with the shipped template again
            Logins.as(userDetails, "quantri");
            templates.upload(DocumentType.BAO_CAO, "BC.docx", shipped);
        }
    }

    @Test
    void onlyTheBodysClerkIssues() {
        Logins.as(userDetails, "duthao");
        assertThatThrownBy(() -> issuance.issue(plan(List.of(), null, null))).isInstanceOf(AccessDeniedException.class);
    }
}
