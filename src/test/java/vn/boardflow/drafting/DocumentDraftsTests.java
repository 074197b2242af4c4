package vn.boardflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.boardflow.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.DocumentContent.Article;
import vn.boardflow.document.DocumentContent.Heading;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.FormatCheck.Finding;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DraftComments.DraftComment;
import vn.boardflow.drafting.DraftVersions.DraftVersion;
import vn.boardflow.plan.PlanningBoard;

/** A decision drafted for a body: saved as versions, previewed as it will print, commented, kept in the body. */
@IntegrationTest
class DocumentDraftsTests {

    static final String SUMMARY = "Về việc kiện toàn Ban Tổ chức Đề án Thành phố";

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DocumentDrafts drafts;

    @Autowired
    DraftVersions versions;

    @Autowired
    DraftComments comments;

    PlanningBoard board;

    @BeforeEach
    void newBoard() {
        board = PlanningBoard.create(context);
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    DraftContent decision(String signer) {
        return new DraftContent(DocumentType.QUYET_DINH, SUMMARY, null,
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                        "Căn cứ Kế hoạch số 01/KH-BTC.ĐACN ngày 05 tháng 01 năm 2018 của Ban Tổ chức Đề án"),
                "Theo đề nghị của Tổ Thư ký Đề án Thành phố,",
                List.of(new Heading("QUYẾT ĐỊNH:"),
                        new Article("1", "Kiện toàn Ban Tổ chức Đề án Thành phố gồm các ông, bà có tên sau."),
                        new Article("2", "Ban Tổ chức Đề án có nhiệm vụ tổ chức thực hiện Đề án trên địa bàn."),
                        new Article("3", "Quyết định có hiệu lực kể từ ngày ký.")),
                null, SigningForm.TM, signer,
                List.of(Recipient.unit(board.wards().getFirst(), "BTC Đề án phường An"), Recipient.outside("Như Điều 3")));
    }

    @Test
    void everySaveIsAVersionAndThePreviewPrintsWhatWillBeSigned() throws Exception {
        Logins.as(userDetails, board.drafter());
        DraftId id = drafts.create(board.bodyId(), decision(""));

        Preview first = versions.preview(id);
        assertThat(first.findings()).extracting(Finding::messageKey).contains("draft.finding.noSigner");
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(first.docx()))
                .getMainDocumentPart().getJaxbElement());
        assertThat(text).contains("QUYẾT ĐỊNH", SUMMARY, "Theo đề nghị của Tổ Thư ký Đề án Thành phố",
                "Điều 1. Kiện toàn Ban Tổ chức Đề án Thành phố");

        DraftView opened = drafts.find(id).orElseThrow();
        assertThat(opened.revision()).isEqualTo(1);
        assertThat(opened.may(DraftAction.EDIT)).isTrue();
        DraftView saved = drafts.save(id, opened.version(), decision("Phạm Quốc Bảo"));
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(versions.preview(id).findings()).as("signed under the body's authority, the decision keeps every rule").isEmpty();
        assertThat(versions.versions(id)).extracting(DraftVersion::revision).containsExactly(2, 1);
        assertThat(versions.versions(id).getLast().content().signer()).isEmpty();
        assertThat(versions.versions(id).getFirst().content().blocks()).hasSize(4).element(1).isInstanceOf(Article.class);

        assertThat(refusal(() -> drafts.save(id, opened.version(), decision("Người khác"))))
                .isEqualTo("draft.error.changedMeanwhile");
        assertThat(drafts.mine()).extracting(DocumentDrafts.DraftSummary::id).contains(id);
    }

    @Test
    void theBodysPeopleCommentOnTheVersionTheyReadAndNobodyOutsideSeesTheDraft() {
        Logins.as(userDetails, board.drafter());
        DraftId id = drafts.create(board.bodyId(), decision("Phạm Quốc Bảo"));

        Logins.as(userDetails, board.reviewer());
        comments.comment(id, "  Bổ sung căn cứ Điều lệ Đoàn. ");
        assertThat(refusal(() -> comments.comment(id, " "))).isEqualTo("draft.error.commentRequired");
        assertThat(drafts.find(id).orElseThrow().may(DraftAction.EDIT)).as("a reviewer comments, the drafters edit").isFalse();
        assertThatThrownBy(() -> drafts.save(id, 0, decision("Phạm Quốc Bảo")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.create(board.bodyId(), decision("")))
                .isInstanceOf(AccessDeniedException.class);

        Logins.as(userDetails, board.drafter());
        assertThat(comments.of(id)).extracting(DraftComment::revision, DraftComment::author, DraftComment::text)
                .containsExactly(tuple(1, board.reviewer(), "Bổ sung căn cứ Điều lệ Đoàn."));

        Logins.as(userDetails, board.wardOfficer());
        assertThatThrownBy(() -> drafts.find(id)).as("a recipient sees nothing before issuance")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.of(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(drafts.mine()).extracting(DocumentDrafts.DraftSummary::id).doesNotContain(id);
    }

    @Test
    void aDraftStatesItsTypeAndSummary() {
        assertThat(refusal(() -> DraftContent.start(null, "Về việc"))).isEqualTo("draft.error.typeRequired");
        assertThat(refusal(() -> DraftContent.start(DocumentType.CONG_VAN, "  "))).isEqualTo("draft.error.summaryRequired");
        assertThat(DraftContent.start(DocumentType.CONG_VAN, " V/v báo cáo tháng ").summary()).isEqualTo("V/v báo cáo tháng");
    }
}
