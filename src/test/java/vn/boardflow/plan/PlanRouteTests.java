package vn.boardflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftAction;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftComments;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.drafting.DraftTrail.DraftStep;
import vn.boardflow.drafting.DraftTrail;
import vn.boardflow.drafting.DraftVersions;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.Translations;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices.NoticeView;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.TaskInbox;

/**
 * The annual plan on the document route end to end through the services: written on the plan's screens, its
 * draft refused while the wards' shares do not add up, returned with a comment, reminded on Flowable's clock,
 * approved, signed off and issued as the drafts of every other document are, the plan following each step; then
 * a change after sign-off, a withdrawal, and who may take which step.
 */
@IntegrationTest
class PlanRouteTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    AnnualPlans plans;
    @Autowired
    PlanDrafting drafting;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    DraftVersions versions;
    @Autowired
    DraftComments comments;
    @Autowired
    DraftTrail trail;
    @Autowired
    TaskInbox inbox;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Notices notices;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ProcessEngineConfiguration engine;

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
    void aPlanGoesThroughAReturnAndTheRemindersToIssuance() {
        // Tuesday 02/01/2018, 09:00 in Vietnam
        clock.set(LocalDateTime.of(2018, 1, 2, 9, 0));
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2018, false));
        PlanView plan = plans.find(id).orElseThrow();
        assertThat(plan.status()).isEqualTo(DraftStatus.DRAFTING);
        assertThat(plan.editable()).isTrue();
        DraftId draftId = plan.draftId();
        DraftView draft = drafts.find(draftId).orElseThrow();
        assertThat(draft.content().type()).isEqualTo(DocumentType.KE_HOACH);
        assertThat(draft.origin().route()).isEqualTo("plans/" + id);
        assertThat(draft.actions()).contains(DraftAction.SUBMIT, DraftAction.CANCEL);

        TargetLine firstAllocated = plan.content().targets().stream().filter(TargetLine::allocated).findFirst()
                .orElseThrow();
        long unbalanced = drafting.save(id, plan.version(), board.filledIn(plan.content(), firstAllocated.indicatorId(), 5));
        assertThatThrownBy(() -> approval.submit(draftId, draftVersion(draftId)))
                .as("the plan's own rules hold on the document route").isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("plan.error.wardsShort");
                    assertThat(refusal.arguments()[0]).isEqualTo(firstAllocated.indicator());
                    assertThat(refusal.arguments()[2]).isEqualTo(5L);
                });
        long balanced = drafting.save(id, unbalanced, board.filledIn(plan.content(), firstAllocated.indicatorId(), 0));
        assertThat(refusal(() -> drafting.save(id, unbalanced, plan.content()))).isEqualTo("plan.error.changedMeanwhile");
        assertThat(refusal(() -> drafts.save(draftId, draftVersion(draftId), drafts.find(draftId).orElseThrow().content())))
                .as("the drafts editor leaves a plan to the plan's screens").isEqualTo("draft.error.writtenElsewhere");
        approval.submit(draftId, draftVersion(draftId));
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(refusal(() -> drafting.save(id, plans.find(id).orElseThrow().version(), plan.content())))
                .isEqualTo("plan.error.notEditable");
        assertThat(balanced).isPositive();

        as(board.reviewer());
        InboxTask review = task(draftId);
        assertThat(review.name()).isEqualTo("Xem xét");
        assertThat(review.subject()).isEqualTo(plan.content().summary());
        assertThat(drafts.find(draftId).orElseThrow().actions())
                .containsExactlyInAnyOrder(DraftAction.APPROVE, DraftAction.RETURN);
        assertThat(versions.preview(draftId).docx()).as("the plan as it will print, its ward tables in it").isNotEmpty();
        approval.returnToDrafter(draftId, "Bổ sung nhiệm vụ của BTC phường");

        as(board.drafter());
        PlanView returned = plans.find(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(DraftStatus.RETURNED);
        assertThat(drafts.find(draftId).orElseThrow().returnComment()).isEqualTo("Bổ sung nhiệm vụ của BTC phường");
        assertThat(comments.of(draftId)).as("a return's comment is one of the draft's Ý kiến").singleElement()
                .satisfies(comment -> assertThat(comment.author()).isEqualTo(board.reviewer()));
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.draftReturned");
        PlanContent fixed = withDuties(returned.content(), new PlanSection("Ban Tổ chức Đề án phường.",
                List.of("Cụ thể hóa việc triển khai thực hiện Đề án tại địa phương.")));
        drafting.save(id, returned.version(), renamed(fixed, "Triển khai thực hiện Đề án năm 2018 trên địa bàn thành phố"));
        approval.submit(draftId, draftVersion(draftId));
        as(board.reviewer());
        assertThat(task(draftId).subject()).as("the inbox names the plan as it now reads")
                .isEqualTo("Triển khai thực hiện Đề án năm 2018 trên địa bàn thành phố");
        assertThat(versions.changesForMe(draftId).changes()).as("what the drafter changed since the reviewer's return")
                .anySatisfy(change -> assertThat(change.after()).contains("Ban Tổ chức Đề án phường."));

        Logins.out();
        String processInstanceId = processOf(draftId);
        clock.set(LocalDateTime.of(2018, 1, 4, 10, 0));
        assertThat(clock.dueTimers(processInstanceId)).isEmpty();
        clock.set(LocalDateTime.of(2018, 1, 5, 9, 30));
        clock.runDue(processInstanceId, 1);
        as(board.reviewer());
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.taskIdle");
        Logins.out();
        clock.set(LocalDateTime.of(2018, 1, 9, 9, 30));
        clock.runDue(processInstanceId, 1);
        as(board.leader());
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.taskLate");

        as(board.reviewer());
        approval.approve(draftId, "Đồng ý trình Trưởng ban");
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo(DraftStatus.AWAITING_SIGNATURE);
        as(board.leader());
        approval.signOff(draftId, drafts.find(draftId).orElseThrow().revision(), null);
        as(board.clerk());
        IssuedDocumentView issued = approval.issue(draftId, LocalDate.of(2018, 1, 5));
        assertThat(issued.symbol()).isEqualTo("01/KH-BKH.ĐA");
        Samples.write("ke-hoach-nam-2018.docx", documents.download(issued.id()).bytes());
        PlanView done = plans.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(done.documentSymbol()).isEqualTo("01/KH-BKH.ĐA");
        assertThat(done.editable()).isFalse();
        byte[] diagram = trail.diagram(draftId);
        assertThat(diagram).startsWith(0x89, 'P', 'N', 'G');
        Samples.write("annual-plan-issued.png", diagram);
        assertThat(trail.history(draftId)).extracting(DraftStep::action)
                .containsExactly("submitted", "returned", "submitted", "approved", "signed", "issued");

        as("quantri");
        assertThat(audit("AnnualPlan", String.valueOf(id))).extracting(AuditEntryView::action)
                .contains("plan.created", "plan.saved");
        assertThat(audit("DocumentDraft", String.valueOf(draftId))).extracting(AuditEntryView::action)
                .contains("draft.submitted", "draft.returned", "draft.approved", "draft.signed", "draft.issued");
        assertThat(auditLog.search(new AuditFilter(null, null, "system", "task.reminded", "Task", null), 0, 50))
                .isNotEmpty();

        as(board.wardOfficer());
        assertThat(plans.wardTargets()).filteredOn(target -> target.planId().equals(id))
                .anySatisfy(target -> {
                    assertThat(target.indicator()).isEqualTo(firstAllocated.indicator());
                    assertThat(target.share()).isEqualTo(100);
                    assertThat(target.documentSymbol()).isEqualTo("01/KH-BKH.ĐA");
                });
        assertThatThrownBy(() -> plans.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.find(draftId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangeAfterSignOffSendsThePlanBack() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2025, false));
        PlanView plan = plans.find(id).orElseThrow();
        drafting.save(id, plan.version(), board.filledIn(plan.content(), 0, 0));
        DraftId draftId = plan.draftId();
        approval.submit(draftId, draftVersion(draftId));
        as(board.reviewer());
        approval.approve(draftId, null);
        as(board.leader());
        approval.signOff(draftId, drafts.find(draftId).orElseThrow().revision(), null);

        as(board.drafter());
        PlanView signed = plans.find(id).orElseThrow();
        assertThat(signed.status()).isEqualTo(DraftStatus.AWAITING_ISSUANCE);
        assertThat(signed.editable()).isTrue();
        drafting.save(id, signed.version(), withDuties(signed.content(), new PlanSection("Các phường.",
                List.of("Báo cáo kết quả hằng tháng."))));
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTING);
        assertThat(drafts.find(draftId).orElseThrow().signOff()).as("what was signed is no longer what it says").isNull();
        as(board.clerk());
        assertThat(refusal(() -> approval.issue(draftId, LocalDate.of(2025, 1, 6)))).as("no longer waiting for the clerk")
                .isEqualTo("draft.error.notAllowedNow");
    }

    @Test
    void theDrafterCancelsAPlanAndStartsTheYearAgain() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2019, false));
        PlanView plan = plans.find(id).orElseThrow();
        drafting.save(id, plan.version(), board.filledIn(plan.content(), 0, 0));
        approval.submit(plan.draftId(), draftVersion(plan.draftId()));
        approval.recall(plan.draftId());
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTING);
        approval.cancel(plan.draftId(), "Chờ hướng dẫn mới của Tỉnh");
        PlanView cancelled = plans.find(id).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(DraftStatus.CANCELLED);
        assertThat(cancelled.editable()).isFalse();
        as(board.reviewer());
        assertThat(inbox.page(false, 0, 1000)).noneMatch(task -> task.formKey().equals("drafts/" + plan.draftId()));
        as(board.drafter());
        PlanId again = drafting.create(new NewPlan(board.bodyId(), 2019, false));
        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void onlyTheBodysPeopleTakeItsSteps() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2020, false));
        PlanView plan = plans.find(id).orElseThrow();
        assertThat(refusal(() -> drafting.create(new NewPlan(board.bodyId(), 2020, false)))).isEqualTo("plan.error.exists");
        drafting.save(id, plan.version(), board.filledIn(plan.content(), 0, 0));
        DraftId draftId = plan.draftId();
        approval.submit(draftId, draftVersion(draftId));

        as("xemxet");
        assertThatThrownBy(() -> approval.approve(draftId, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.find(id)).isInstanceOf(AccessDeniedException.class);
        as(board.leader());
        assertThat(refusal(() -> approval.signOff(draftId, 2, null))).isEqualTo("draft.error.notAllowedNow");
        as(board.wardOfficer());
        assertThatThrownBy(() -> plans.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafting.create(new NewPlan(board.bodyId(), 2021, false)))
                .isInstanceOf(AccessDeniedException.class);
        as(board.reviewer());
        assertThat(refusal(() -> approval.returnToDrafter(draftId, " "))).isEqualTo("draft.error.reasonRequired");
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo(DraftStatus.IN_REVIEW);
    }

    @Test
    void nextYearsDraftStartsFromThisYearsPlan() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2022, false));
        PlanView draft = plans.find(id).orElseThrow();
        PlanContent written = withDuties(board.filledIn(draft.content(), 0, 0), new PlanSection(
                "Ban tổ chức Đề án Thành phố.", List.of("Xây dựng và triển khai kế hoạch thực hiện Đề án năm 2022.")));
        drafting.save(id, draft.version(), written);
        PlanId next = drafting.create(new NewPlan(board.bodyId(), 2023, true));
        PlanContent copied = plans.find(next).orElseThrow().content();
        assertThat(copied.summary()).isEqualTo("Triển khai thực hiện Đề án năm 2023");
        assertThat(copied.duties().getFirst().items())
                .containsExactly("Xây dựng và triển khai kế hoạch thực hiện Đề án năm 2023.");
        assertThat(copied.targets()).isEqualTo(written.targets());
        assertThat(refusal(() -> drafting.create(new NewPlan(board.bodyId(), 2030, true))))
                .isEqualTo("plan.error.noPreviousYear");
    }

    @Test
    void aSubmissionWithoutItsSignerNamesWhatIsMissing() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2024, false));
        PlanView plan = plans.find(id).orElseThrow();
        PlanContent filled = board.filledIn(plan.content(), 0, 0);
        PlanContent unsigned = new PlanContent(filled.programme(), filled.summary(), filled.legalBases(),
                filled.preamble(), filled.targetNotes(), filled.targets(), filled.measures(), filled.duties(),
                filled.closing(), filled.signingForm(), "", filled.recipients());
        drafting.save(id, plan.version(), unsigned);
        DraftContent drafted = drafts.find(plan.draftId()).orElseThrow().content();
        assertThat(drafted.signer()).isEmpty();

        assertThat(refusal(() -> approval.submit(plan.draftId(), draftVersion(plan.draftId()))))
                .isEqualTo("plan.error.signerRequired");
        assertThat(Translations.get(Translations.VIETNAMESE, "plan.error.signerRequired"))
                .isEqualTo("Chưa nhập họ tên người ký (ô \"Người ký\" ở phần chữ ký).");
    }

    private long draftVersion(DraftId id) {
        return drafts.find(id).orElseThrow().version();
    }

    private static PlanContent renamed(PlanContent content, String summary) {
        return new PlanContent(content.programme(), summary, content.legalBases(), content.preamble(),
                content.targetNotes(), content.targets(), content.measures(), content.duties(), content.closing(),
                content.signingForm(), content.signerName(), content.recipients());
    }

    private static PlanContent withDuties(PlanContent content, PlanSection duty) {
        return new PlanContent(content.programme(), content.summary(), content.legalBases(), content.preamble(),
                content.targetNotes(), content.targets(), content.measures(), List.of(duty), content.closing(),
                content.signingForm(), content.signerName(), content.recipients());
    }

    private InboxTask task(DraftId id) {
        return inbox.page(false, 0, 1000).stream().filter(task -> task.formKey().equals("drafts/" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no task of draft " + id));
    }

    private String processOf(DraftId id) {
        as(board.reviewer());
        String processInstanceId = engine.getTaskService().createTaskQuery().taskId(task(id).id()).singleResult()
                .getProcessInstanceId();
        Logins.out();
        return processInstanceId;
    }

    private List<AuditEntryView> audit(String entityType, String entityId) {
        return auditLog.search(new AuditFilter(null, null, null, null, entityType, entityId), 0, 100);
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
