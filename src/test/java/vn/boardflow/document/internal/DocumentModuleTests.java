package vn.boardflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.boardflow.DemoUnits;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentEvents.DocumentIssued;
import vn.boardflow.document.DocumentIssuance.Body;
import vn.boardflow.document.DocumentIssuance.Distribution;
import vn.boardflow.document.DocumentIssuance.Heading;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.FreshIssuingBody;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;

/**
 * The documents module with only the modules it uses: an issue is published with whom it went to, its Word file
 * is written with it (a failure spends no number), and a document without its file gets it when first downloaded.
 */
@ModuleTest
class DocumentModuleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentIssuance issuance;
    @Autowired
    IssuedDocumentRepository documents;
    @Autowired
    IssuedDocuments issuedDocuments;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Organisation organisation;
    @Autowired
    DataSource dataSource;
    @MockitoSpyBean
    WordDocumentRenderer renderer;

    FreshIssuingBody body;
    UnitId phuCuong;

    @BeforeEach
    void freshBody() {
        body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, "quantri");
        phuCuong = DemoUnits.wardBoard(organisation, "Phú Cường").id();
        Logins.as(userDetails, body.clerk());
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    private IssuedDocumentView issue() {
        return issuance.issue(new IssueDocument(new Heading(body.bodyId(), DocumentType.THONG_BAO,
                LocalDate.of(2026, 3, 2), "Lịch kiểm tra giữa năm", null),
                Body.of(List.of(new Paragraph("Các phường chuẩn bị hồ sơ."))),
                Signature.under(SigningForm.TM, "Phạm Quốc Bảo"),
                Distribution.to(List.of(Recipient.unit(phuCuong, "BTC Đề án phường Phú Cường"),
                        Recipient.outside("Hội LHPN Thành phố")))));
    }

    @Test
    void anIssueIsPublishedWithItsSymbolAndTheUnitsItWentTo(AssertablePublishedEvents events) {
        IssuedDocumentView issued = issue();

        assertThat(events).contains(DocumentIssued.class)
                .matching(event -> event.documentId() == issued.id() && event.symbol().equals(issued.symbol())
                        && event.unitId().equals(body.unitId()) && event.recipientUnits().equals(List.of(phuCuong)));
        assertThat(documents.findById(issued.id()).orElseThrow().isRendered()).isTrue();
    }

    @Test
    void aWordFileThatCannotBeWrittenStopsTheIssueBeforeANumberIsSpent() {
        doThrow(new IllegalStateException("đĩa đầy")).doCallRealMethod().when(renderer).render(any(), any());

        assertThatThrownBy(this::issue).isInstanceOf(IllegalStateException.class);

        IssuedDocumentView issued = issue();
        assertThat(issued.symbol()).as("the failed issue spent no number").startsWith("01/TB-");
        assertThat(documents.findById(issued.id()).orElseThrow().isRendered()).as("its file written with it").isTrue();
    }

    @Test
    void aDocumentIssuedWithoutItsFileGetsItAtItsFirstDownload() {
        IssuedDocumentView issued = issue();
        // as documents issued before their file was written in the issuing transaction may stand
        new JdbcTemplate(dataSource).update("update issued_document set content = null, sha256 = null, rendered_at = null"
                + " where id = ?", issued.id());

        assertThat(documents.findById(issued.id()).orElseThrow().isRendered()).isFalse();
        assertThat(issuedDocuments.download(issued.id()).bytes()).isNotEmpty();
        assertThat(documents.findById(issued.id()).orElseThrow().isRendered()).isTrue();
    }
}
