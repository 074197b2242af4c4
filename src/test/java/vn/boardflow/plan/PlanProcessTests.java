package vn.boardflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanTrail.PlanEvent;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.Translations;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices.NoticeView;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.TaskInbox;

/**
 * The annual plan's process end to end through the services: drafting, a refused unbalanced submission,
 * a return with its comment, the reminder timers on Flowable's clock, approval, sign-off and issuance,
 * with the history, the audit log and the wards' targets checked along the way.
 */
@IntegrationTest
class PlanProcessTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    AnnualPlans plans;

    @Autowired
    PlanDrafting drafting;

    @Autowired
    PlanComments planComments;

    @Autowired
    PlanTrail trail;
    @Autowired
    PlanApproval approval;
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
        PlanView draft = plans.find(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.allowed()).contains(PlanAction.EDIT, PlanAction.SUBMIT, PlanAction.CANCEL);

        TargetLine firstAllocated = draft.content().targets().stream().filter(TargetLine::allocated).findFirst()
                .orElseThrow();
        long unbalanced = drafting.save(id, draft.version(), board.filledIn(draft.content(), firstAllocated.indicatorId(), 5));
        assertThatThrownBy(() -> approval.submit(id, unbalanced)).isInstanceOfSatisfying(RuleViolation.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("plan.error.wardsShort");
            assertThat(refusal.arguments()[0]).isEqualTo(firstAllocated.indicator());
            assertThat(refusal.arguments()[2]).isEqualTo(5L);
        });
        long balanced = drafting.save(id, unbalanced, board.filledIn(draft.content(), firstAllocated.indicatorId(), 0));
        assertThatThrownBy(() -> drafting.save(id, unbalanced, draft.content()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        stale -> assertThat(stale.messageKey()).isEqualTo("plan.error.changedMeanwhile"));
        approval.submit(id, balanced);
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo(PlanStatus.IN_REVIEW);

        as(board.reviewer());
        InboxTask review = task("Xem xét, phê duyệt");
        assertThat(review.subject()).isEqualTo("Kế hoạch năm 2018");
        assertThat(review.formKey()).isEqualTo("plans/" + id);
        assertThat(plans.find(id).orElseThrow().allowed()).containsExactlyInAnyOrder(PlanAction.APPROVE, PlanAction.RETURN);
        approval.returnToDrafter(id, "Bổ sung nhiệm vụ của BTC phường");

        as(board.drafter());
        PlanView returned = plans.find(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Bổ sung nhiệm vụ của BTC phường");
        assertThat(planComments.comments(id)).as("a return's comment is one of the plan's Ý kiến")
                .singleElement().satisfies(comment -> {
                    assertThat(comment.text()).isEqualTo("Bổ sung nhiệm vụ của BTC phường");
                    assertThat(comment.author()).isEqualTo(board.reviewer());
                    assertThat(comment.stage()).isEqualTo(PlanStatus.IN_REVIEW);
                });
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.planReturned");
        PlanContent fixed = withDuties(returned.content(), new PlanSection("Ban Tổ chức Đề án phường.",
                List.of("Cụ thể hóa việc triển khai thực hiện Đề án tại địa phương.")));
        approval.submit(id, drafting.save(id, returned.version(), fixed));
        assertThat(trail.changesSincePreviousSubmission(id))
                .anySatisfy(change -> assertThat(change.what()).isEqualTo("III.1"));

        Logins.out();
        String processInstanceId = processOf(id);
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
        approval.approve(id, "Đồng ý trình Trưởng ban");
        as(board.leader());
        approval.signOff(id, null);
        as(board.clerk());
        IssuedDocumentView issued = approval.issue(id, LocalDate.of(2018, 1, 5));
        assertThat(issued.symbol()).isEqualTo("01/KH-BKH.ĐA");
        Samples.write("ke-hoach-nam-2018.docx", documents.download(issued.id()).bytes());
        PlanView done = plans.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(done.documentSymbol()).isEqualTo("01/KH-BKH.ĐA");
        assertThat(done.allowed()).isEmpty();
        byte[] diagram = trail.diagram(id);
        assertThat(diagram).startsWith(0x89, 'P', 'N', 'G');
        Samples.write("annual-plan-issued.png", diagram);

        assertThat(trail.history(id)).extracting(PlanEvent::action)
                .containsExactly("created", "submitted", "returned", "submitted", "approved", "signed", "issued");
        assertThat(trail.history(id)).filteredOn(event -> event.action().equals("returned"))
                .singleElement().satisfies(event -> {
                    assertThat(event.comment()).isEqualTo("Bổ sung nhiệm vụ của BTC phường");
                    assertThat(event.actorName()).startsWith("Người xem xét");
                });

        as("quantri");
        assertThat(audit("AnnualPlan", String.valueOf(id))).extracting(AuditEntryView::action)
                .contains("plan.created", "plan.saved", "plan.submitted", "plan.returned", "plan.approved",
                        "plan.signed", "plan.issued");
        assertThat(audit("AnnualPlan", String.valueOf(id))).filteredOn(entry -> entry.action().equals("plan.returned"))
                .singleElement().satisfies(entry -> assertThat(entry.stateAfter()).contains("Bổ sung nhiệm vụ"));
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
    }

    @Test
    void theDrafterWithdrawsAPlanUnderReview() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2019, false));
        PlanView draft = plans.find(id).orElseThrow();
        approval.submit(id, drafting.save(id, draft.version(), board.filledIn(draft.content(), 0, 0)));
        approval.cancel(id, "Chờ hướng dẫn mới của Tỉnh");
        PlanView cancelled = plans.find(id).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(cancelled.allowed()).isEmpty();
        as(board.reviewer());
        assertThat(inbox.page(false, 0, 1000)).noneMatch(task -> task.formKey().equals("plans/" + id));
        as(board.drafter());
        PlanId again = drafting.create(new NewPlan(board.bodyId(), 2019, false));
        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void onlyTheBodysPeopleTakeItsSteps() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2020, false));
        PlanView draft = plans.find(id).orElseThrow();
        assertThatThrownBy(() -> drafting.create(new NewPlan(board.bodyId(), 2020, false)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.exists"));
        approval.submit(id, drafting.save(id, draft.version(), board.filledIn(draft.content(), 0, 0)));

        as("xemxet");
        assertThatThrownBy(() -> approval.approve(id, null)).isInstanceOf(AccessDeniedException.class);
        as(board.leader());
        assertThatThrownBy(() -> approval.signOff(id, null)).isInstanceOfSatisfying(RuleViolation.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.notAwaitingSignature"));
        as(board.wardOfficer());
        assertThatThrownBy(() -> plans.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafting.create(new NewPlan(board.bodyId(), 2021, false)))
                .isInstanceOf(AccessDeniedException.class);
        as(board.reviewer());
        assertThatThrownBy(() -> approval.returnToDrafter(id, " ")).isInstanceOfSatisfying(RuleViolation.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.returnCommentRequired"));
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo(PlanStatus.IN_REVIEW);
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
        assertThatThrownBy(() -> drafting.create(new NewPlan(board.bodyId(), 2030, true)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.noPreviousYear"));
    }

    @Test
    void aSubmissionWithoutItsSignerNamesWhatIsMissing() {
        as(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2024, false));
        PlanView draft = plans.find(id).orElseThrow();
        PlanContent filled = board.filledIn(draft.content(), 0, 0);
        PlanContent unsigned = new PlanContent(filled.programme(), filled.summary(), filled.legalBases(),
                filled.preamble(), filled.targetNotes(), filled.targets(), filled.measures(), filled.duties(),
                filled.closing(), filled.signingForm(), "", filled.recipients());
        long version = drafting.save(id, draft.version(), unsigned);

        assertThatThrownBy(() -> approval.submit(id, version)).isInstanceOfSatisfying(RuleViolation.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.signerRequired"));
        assertThat(Translations.get(Translations.VIETNAMESE, "plan.error.signerRequired"))
                .isEqualTo("Chưa nhập họ tên người ký (ô \"Người ký\" ở phần chữ ký).");
    }

    private static PlanContent withDuties(PlanContent content, PlanSection duty) {
        return new PlanContent(content.programme(), content.summary(), content.legalBases(), content.preamble(),
                content.targetNotes(), content.targets(), content.measures(), List.of(duty), content.closing(),
                content.signingForm(), content.signerName(), content.recipients());
    }

    private InboxTask task(String name) {
        return inbox.page(false, 0, 1000).stream().filter(task -> task.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + name));
    }

    private String processOf(PlanId planId) {
        as(board.reviewer());
        String id = inbox.page(false, 0, 1000).stream().filter(task -> task.formKey().equals("plans/" + planId))
                .findFirst().map(InboxTask::id).map(taskId -> engine.getTaskService().createTaskQuery().taskId(taskId)
                        .singleResult().getProcessInstanceId()).orElseThrow();
        Logins.out();
        return id;
    }

    private List<AuditEntryView> audit(String entityType, String entityId) {
        return auditLog.search(new AuditFilter(null, null, null, null, entityType, entityId), 0, 100);
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
