package vn.boardflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.FlowableClock;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.Samples;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DocumentAttachments.AttachmentView;
import vn.boardflow.document.DocumentAttachments;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Article;
import vn.boardflow.document.DocumentContent.Heading;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.EntryOrigin;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.NumberingRegister.RegisterFilter;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.drafting.DocumentDrafts.DraftSummary;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DraftTrail.DraftStep;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.org.Substitutions.NameSubstitute;
import vn.boardflow.org.Substitutions;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.ContentChanges;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices.NoticeView;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.TaskInbox;

/**
 * A draft's route end to end through the services, on Flowable's clock: returns by the reviewer and by the
 * leader, the reminders, a sign-off refused on a stale version, a change after sign-off that sends it back, and
 * the clerk issuing exactly the signed version; then the routes a body sets, within their bounds.
 */
@IntegrationTest
class DraftApprovalTests {

    static final String SUMMARY = "Về việc kiện toàn Ban Tổ chức Đề án Thành phố";
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftVersions versions;
    @Autowired
    DraftApproval approval;
    @Autowired
    DraftQueues queues;
    @Autowired
    DraftRoutes routes;
    @Autowired
    DraftTrail trail;
    @Autowired
    DraftComments comments;
    @Autowired
    DraftFiles files;
    @Autowired
    DocumentAttachments attachments;
    @Autowired
    NumberingRegister register;
    @Autowired
    TaskInbox inbox;
    @Autowired
    Notices notices;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    Substitutions substitutions;
    @Autowired
    UserDirectory directory;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock appClock;

    PlanningBoard board;
    FlowableClock clock;

    @BeforeEach
    void newBoard() {
        board = PlanningBoard.create(context);
        clock = new FlowableClock(engine);
    }

    @AfterEach
    void restore() {
        clock.reset();
        Logins.out();
    }

    @Test
    void aSubstituteSignsOffForTheLeaderAwayAndTheHistorySaysForWhom() {
        as(board.drafter());
        DraftId id = drafts.create(board.bodyId(), decision("Quyết định có hiệu lực kể từ ngày ký.", "Phạm Quốc Bảo"));
        approval.submit(id, drafts.find(id).orElseThrow().version());
        as(board.reviewer());
        approval.approve(id, null);
        String deputy = board.another(context, Role.REVIEWER, "Phó Trưởng ban thay");
        as(deputy);
        assertThat(queues.toSign()).as("not the deputy's to sign while the leader is in").extracting(DraftSummary::id)
                .doesNotContain(id);
        as(board.leader());
        LocalDate today = LocalDate.now(appClock);
        long away = substitutions.name(new NameSubstitute(currentUser.actor().userId(),
                directory.search(deputy, 0, 1).getFirst().id(), today, today.plusDays(3), "Đi công tác"));

        as(deputy);
        assertThat(queues.toSign()).extracting(DraftSummary::id).contains(id);
        approval.signOff(id, drafts.find(id).orElseThrow().revision(), null);
        DraftView signed = drafts.find(id).orElseThrow();
        assertThat(signed.status()).isEqualTo(DraftStatus.AWAITING_ISSUANCE);
        assertThat(signed.signOff().signedBy()).as("who signed is who clicked").isEqualTo(deputy);
        assertThat(trail.history(id)).filteredOn(step -> step.action().equals("signed")).singleElement()
                .satisfies(step -> assertThat(step.actingFor()).as("for whom").startsWith("Trưởng ban"));
        as("quantri");
        assertThat(auditLog.search(new AuditFilter(null, null, deputy, "draft.signed", "DocumentDraft", null), 0, 10))
                .singleElement().satisfies(entry -> assertThat(entry.actingFor()).isEqualTo(board.leader()));
        as(board.leader());
        substitutions.cancel(away);
    }

    DraftContent decision(String articleThree, String signer) {
        return new DraftContent(DocumentType.QUYET_DINH, SUMMARY, null,
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
                "Theo đề nghị của Tổ Thư ký Đề án Thành phố,",
                List.of(new Heading("QUYẾT ĐỊNH:"),
                        new Article("1", "Kiện toàn Ban Tổ chức Đề án Thành phố gồm các ông, bà có tên sau."),
                        new Article("2", "Ban Tổ chức Đề án có nhiệm vụ tổ chức thực hiện Đề án trên địa bàn."),
                        new Article("3", articleThree)),
                null, SigningForm.TM, signer,
                List.of(Recipient.unit(board.wards().getFirst(), "BTC Đề án phường An"), Recipient.outside("Như Điều 3")),
                List.of(new Annex("CHƯƠNG TRÌNH", "Hoạt động của Ban Tổ chức năm 2018",
                        BodyText.parse("I. MỤC ĐÍCH, YÊU CẦU\n1. Tập hợp thanh niên công nhân vào tổ chức Đoàn, Hội."))));
    }

    @Test
    void aDecisionComesBackTwiceIsSignedOffAndIssuedAsSigned() throws Exception {
        // Tuesday 02/01/2018, 09:00 in Vietnam
        clock.set(LocalDateTime.of(2018, 1, 2, 9, 0));
        as(board.drafter());
        DraftId id = drafts.create(board.bodyId(), decision("Quyết định có hiệu lực kể từ ngày ký.", "Phạm Quốc Bảo"));
        DraftView written = drafts.find(id).orElseThrow();
        assertThat(written.status()).isEqualTo(DraftStatus.DRAFTING);
        assertThat(written.actions()).containsExactlyInAnyOrder(DraftAction.EDIT, DraftAction.SUBMIT, DraftAction.CANCEL);
        files.attach(id, "Danh sách thành viên.pdf", PDF);
        assertThat(refusal(() -> files.attach(id, "ghi-chu.txt", "ghi chú".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("attachment.error.annexType");
        approval.submit(id, written.version());
        assertThat(refusal(() -> files.attach(id, "muon.pdf", PDF))).as("what is signed is what is issued")
                .isEqualTo("draft.error.filesFixed");
        assertThat(drafts.find(id).orElseThrow().actions()).as("submitted, the drafter may only take it back")
                .containsExactly(DraftAction.RECALL);

        as(board.reviewer());
        InboxTask review = task(id);
        assertThat(review.name()).isEqualTo("Xem xét");
        assertThat(review.subject()).isEqualTo(SUMMARY);
        assertThat(drafts.find(id).orElseThrow().actions()).containsExactlyInAnyOrder(DraftAction.APPROVE, DraftAction.RETURN);
        assertThat(refusal(() -> approval.returnToDrafter(id, " "))).isEqualTo("draft.error.reasonRequired");
        approval.returnToDrafter(id, "Bổ sung căn cứ Điều lệ");

        as(board.drafter());
        DraftView returned = drafts.find(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(DraftStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Bổ sung căn cứ Điều lệ");
        assertThat(comments.of(id)).singleElement().satisfies(comment -> {
            assertThat(comment.revision()).isEqualTo(1);
            assertThat(comment.author()).isEqualTo(board.reviewer());
        });
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.draftReturned");
        DraftView second = drafts.save(id, returned.version(), decision("Quyết định có hiệu lực kể từ ngày ký.",
                "Phạm Quốc Bảo"));
        approval.submit(id, second.version());

        as(board.reviewer());
        approval.approve(id, "Đồng ý trình Trưởng ban");
        as(board.leader());
        assertThat(queues.toSign()).extracting(DraftSummary::id).containsExactly(id);

        Logins.out();
        String processInstanceId = processOf(id);
        clock.set(LocalDateTime.of(2018, 1, 5, 9, 30));
        clock.runDue(processInstanceId, 1);
        as(board.leader());
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.taskIdle");
        approval.returnToDrafter(id, "Điều 3 ghi rõ cơ quan thi hành");

        as(board.drafter());
        DraftView third = drafts.save(id, drafts.find(id).orElseThrow().version(), decision(
                "Chánh Văn phòng, các thành viên Ban Tổ chức Đề án chịu trách nhiệm thi hành Quyết định này.",
                "Phạm Quốc Bảo"));
        approval.submit(id, third.version());
        as(board.reviewer());
        assertThat(versions.changesForMe(id)).satisfies(changes -> {
            assertThat(changes.from()).as("the version the reviewer agreed to").isEqualTo(2);
            assertThat(changes.to()).isEqualTo(3);
            assertThat(changes.changes()).singleElement().satisfies(change -> {
                assertThat(change.area()).isEqualTo(ContentChanges.LINES);
                assertThat(change.lines()).isEqualTo("4");
                assertThat(change.after()).startsWith("Điều 3. Chánh Văn phòng");
            });
        });
        approval.approve(id, null);

        as(board.leader());
        assertThat(refusal(() -> approval.signOff(id, 2, null))).as("the leader signs the version they read")
                .isEqualTo("draft.error.changedSinceRead");
        approval.signOff(id, 3, "Đồng ý ban hành");
        DraftView signed = drafts.find(id).orElseThrow();
        assertThat(signed.status()).isEqualTo(DraftStatus.AWAITING_ISSUANCE);
        assertThat(signed.signOff().revision()).isEqualTo(3);
        assertThat(signed.signOff().signedBy()).isEqualTo(board.leader());
        assertThat(queues.toSign()).isEmpty();

        as(board.drafter());
        assertThat(drafts.find(id).orElseThrow().actions()).contains(DraftAction.EDIT);
        DraftView changed = drafts.save(id, signed.version(), decision(
                "Chánh Văn phòng, các thành viên Ban Tổ chức Đề án và các cá nhân có tên tại Điều 1 chịu trách nhiệm "
                        + "thi hành Quyết định này.", "Phạm Quốc Bảo"));
        assertThat(changed.status()).as("a change after sign-off sends it back").isEqualTo(DraftStatus.DRAFTING);
        assertThat(changed.signOff()).isNull();
        assertThat(changed.actions()).contains(DraftAction.SUBMIT);
        as(board.clerk());
        assertThat(drafts.find(id).orElseThrow().actions()).doesNotContain(DraftAction.ISSUE);
        assertThat(refusal(() -> approval.issue(id, LocalDate.of(2018, 1, 10)))).isEqualTo("draft.error.notAllowedNow");

        as(board.drafter());
        approval.submit(id, changed.version());
        as(board.reviewer());
        approval.approve(id, null);
        as(board.leader());
        approval.signOff(id, 4, null);
        as(board.clerk());
        IssuedDocumentView issued = approval.issue(id, LocalDate.of(2018, 1, 10));
        assertThat(issued.symbol()).startsWith("01/QĐ-");
        byte[] docx = documents.download(issued.id()).bytes();
        Samples.write("quyet-dinh-tu-du-thao.docx", docx);
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(docx))
                .getMainDocumentPart().getJaxbElement());
        assertThat(text).contains(SUMMARY, "các cá nhân có tên tại Điều 1", "Phạm Quốc Bảo",
                "HOẠT ĐỘNG CỦA BAN TỔ CHỨC NĂM 2018",
                "(Ban hành kèm theo Quyết định số " + issued.symbol() + " ngày 10 tháng 01 năm 2018 của ");
        assertThat(register.entries(new RegisterFilter(board.bodyId(), 2018, null, null), 0, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.origin()).isEqualTo(EntryOrigin.GENERATED));
        assertThat(attachments.of(issued.id())).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo(DocumentAttachments.Kind.ANNEX);
            assertThat(file.fileName()).isEqualTo("Danh sách thành viên.pdf");
        });
        assertThat(refusal(() -> attachments.attachSignedCopy(issued.id(), "ban-ky.docx", docx)))
                .isEqualTo("attachment.error.signedCopyPdf");
        attachments.attachSignedCopy(issued.id(), "ban ky.pdf", PDF);
        attachments.attachSignedCopy(issued.id(), "ban ky lan 2.pdf", PDF);
        assertThat(attachments.of(issued.id())).extracting(AttachmentView::kind)
                .containsExactly(DocumentAttachments.Kind.ANNEX, DocumentAttachments.Kind.SIGNED_COPY);
        DraftView done = drafts.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(done.document().symbol()).isEqualTo(issued.symbol());
        assertThat(done.actions()).isEmpty();
        assertThat(trail.diagram(id)).startsWith(0x89, 'P', 'N', 'G');

        assertThat(trail.history(id)).extracting(DraftStep::action).containsExactly("submitted", "returned",
                "submitted", "approved", "returned", "submitted", "approved", "signed", "reopened", "submitted",
                "approved", "signed", "issued");
        assertThat(trail.history(id)).filteredOn(step -> step.action().equals("signed")).last()
                .satisfies(step -> assertThat(step.revision()).isEqualTo(4));
        as(board.drafter());
        assertThat(notices.mine(0, 20)).extracting(NoticeView::messageKey)
                .contains("notice.draftSigned", "notice.draftIssued");

        as("quantri");
        assertThat(auditLog.search(new AuditFilter(null, null, null, null, "DocumentDraft", String.valueOf(id)), 0, 100))
                .extracting(AuditEntryView::action).contains("draft.created", "draft.saved", "draft.submitted",
                        "draft.returned", "draft.approved", "draft.signed", "draft.reopened", "draft.issued");

        as(board.wardOfficer());
        assertThatThrownBy(() -> drafts.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(attachments.of(issued.id())).as("a recipient reads the document's files")
                .extracting(AttachmentView::fileName).containsExactly("Danh sách thành viên.pdf", "ban ky lan 2.pdf");
        assertThatThrownBy(() -> attachments.attachSignedCopy(issued.id(), "ban.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothingIsSignedThatTheFormatCheckFaultsAndOnlyTheBodysLeaderSigns() {
        as(board.drafter());
        DraftId id = drafts.create(board.bodyId(), decision("Quyết định có hiệu lực kể từ ngày ký.", ""));
        approval.submit(id, drafts.find(id).orElseThrow().version());
        as(board.clerk());
        assertThat(refusal(() -> approval.approve(id, null))).isEqualTo("draft.error.notYourStep");
        as(board.reviewer());
        approval.approve(id, null);
        assertThat(refusal(() -> approval.signOff(id, 1, null))).isEqualTo("draft.error.notYourStep");
        as(board.leader());
        assertThat(refusal(() -> approval.signOff(id, 1, null))).as("no signer chosen")
                .isEqualTo("draft.error.formatFindings");
        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.AWAITING_SIGNATURE);

        as(board.drafter());
        approval.recall(id);
        DraftView recalled = drafts.find(id).orElseThrow();
        assertThat(recalled.status()).isEqualTo(DraftStatus.DRAFTING);
        as(board.leader());
        assertThat(queues.toSign()).isEmpty();
        as(board.drafter());
        assertThat(refusal(() -> approval.cancel(id, ""))).isEqualTo("draft.error.reasonRequired");
        approval.cancel(id, "Chờ ý kiến của Tỉnh");
        assertThat(drafts.find(id).orElseThrow().actions()).isEmpty();
        long cancelled = drafts.find(id).orElseThrow().version();
        assertThat(refusal(() -> drafts.save(id, cancelled, decision("", "Phạm Quốc Bảo"))))
                .isEqualTo("draft.error.notAllowedNow");
    }

    @Test
    void aBodysRouteTakesTwoReviewersOrLetsTheSecretariatSignACongVan() {
        String secondReviewer = board.another(context, Role.REVIEWER, "Chánh Văn phòng thử");
        String admin = board.another(context, Role.ADMIN, "Quản trị ban thử");
        as(board.drafter());
        assertThatThrownBy(() -> routes.set(board.bodyId(), DocumentType.QUYET_DINH, new DraftRoute(2, true)))
                .isInstanceOf(AccessDeniedException.class);
        as(admin);
        assertThat(refusal(() -> routes.set(board.bodyId(), DocumentType.QUYET_DINH, new DraftRoute(1, false))))
                .isEqualTo("draft.route.error.leaderRequired");
        assertThat(refusal(() -> new DraftRoute(3, true))).isEqualTo("draft.route.error.reviewSteps");
        routes.set(board.bodyId(), DocumentType.QUYET_DINH, new DraftRoute(2, true));
        routes.set(board.bodyId(), DocumentType.CONG_VAN, new DraftRoute(1, false));
        assertThat(routes.setIn(board.bodyId())).containsOnlyKeys(DocumentType.QUYET_DINH, DocumentType.CONG_VAN);

        as(board.drafter());
        DraftId decision = drafts.create(board.bodyId(), decision("Quyết định có hiệu lực kể từ ngày ký.", "Phạm Quốc Bảo"));
        approval.submit(decision, drafts.find(decision).orElseThrow().version());
        as(board.reviewer());
        approval.approve(decision, null);
        assertThat(drafts.find(decision).orElseThrow().status()).as("on to the second review").isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(refusal(() -> approval.approve(decision, null))).isEqualTo("draft.error.sameReviewer");
        as(secondReviewer);
        approval.approve(decision, null);
        assertThat(drafts.find(decision).orElseThrow().status()).isEqualTo(DraftStatus.AWAITING_SIGNATURE);

        as(board.drafter());
        DraftContent letter = new DraftContent(DocumentType.CONG_VAN, "V/v báo cáo kết quả tháng 11",
                "Ban Tổ chức Đề án các phường", List.of(), null,
                List.of(new Paragraph("Đề nghị các phường gửi báo cáo trước ngày 25.")), null, SigningForm.TM,
                "Phạm Quốc Bảo", List.of(Recipient.outside("Lưu: VT")));
        DraftId congVan = drafts.create(board.bodyId(), letter);
        approval.submit(congVan, drafts.find(congVan).orElseThrow().version());
        as(secondReviewer);
        approval.approve(congVan, "Văn phòng ký");
        DraftView signed = drafts.find(congVan).orElseThrow();
        assertThat(signed.status()).as("the secretariat's reviewer signs it off").isEqualTo(DraftStatus.AWAITING_ISSUANCE);
        assertThat(signed.signOff().signedBy()).isEqualTo(secondReviewer);
        as(board.clerk());
        IssuedDocumentView letterIssued = approval.issue(congVan, LocalDate.of(2018, 2, 1));
        assertThat(letterIssued.symbol()).isEqualTo("01/BKH.ĐA-TTK");
        assertThat(letterIssued.summary()).isEqualTo("V/v báo cáo kết quả tháng 11");
    }

    private InboxTask task(DraftId id) {
        return inbox.page(false, 0, 1000).stream().filter(task -> task.formKey().equals("drafts/" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no task for draft " + id));
    }

    private String processOf(DraftId id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("draft:" + id)
                .singleResult().getId();
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
