package vn.boardflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.document.DocumentEvents.DocumentIssued;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken.Step;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanEvents.PlanCreated;
import vn.boardflow.plan.PlanEvents.PlanSaved;

/**
 * The plans module with only the modules it uses: what it tells the rest of the application, and the steps of
 * its draft on the document route, each naming the plan it carries.
 */
@ModuleTest
class PlanModuleTests {

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
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void eachStepOfAPlansDraftIsPublishedWithThePlanAndTheIssueWithItsDocument(AssertablePublishedEvents events) {
        PlanningBoard board = PlanningBoard.create(context);
        Logins.as(userDetails, board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2031, false));
        PlanView plan = plans.find(id).orElseThrow();
        drafting.save(id, plan.version(), board.filledIn(plan.content(), 0, 0));
        DraftId draft = plan.draftId();
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        Logins.as(userDetails, board.reviewer());
        approval.returnToDrafter(draft, "Bổ sung nhiệm vụ");
        Logins.as(userDetails, board.drafter());
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        Logins.as(userDetails, board.reviewer());
        approval.approve(draft, null);
        Logins.as(userDetails, board.leader());
        approval.signOff(draft, drafts.find(draft).orElseThrow().revision(), "Đồng ý");
        Logins.as(userDetails, board.clerk());
        String symbol = approval.issue(draft, LocalDate.of(2031, 1, 5)).symbol();

        assertThat(events).contains(PlanCreated.class)
                .matching(created -> created.planId().equals(id) && created.year() == 2031 && !created.copied());
        assertThat(events).contains(PlanSaved.class).matching(saved -> saved.planId().equals(id));
        assertThat(events.ofType(DraftStepTaken.class).matching(step -> step.draftId().equals(draft)))
                .allMatch(step -> step.of("plan") && step.origin().subjectId() == id.value())
                .extracting(DraftStepTaken::step)
                .containsExactly(Step.SUBMITTED, Step.RETURNED, Step.SUBMITTED, Step.APPROVED, Step.SIGNED, Step.ISSUED);
        assertThat(events).contains(DraftStepTaken.class)
                .matching(step -> step.step() == Step.RETURNED && step.before() == DraftStatus.IN_REVIEW
                        && step.after() == DraftStatus.RETURNED && step.drafter().equals(board.drafter())
                        && step.comment().equals("Bổ sung nhiệm vụ"));
        assertThat(events).contains(DraftStepTaken.class)
                .matching(step -> step.step() == Step.ISSUED && symbol.equals(step.comment())
                        && symbol.equals(step.document().symbol()));
        assertThat(events).contains(DocumentIssued.class)
                .matching(issued -> issued.symbol().equals(symbol) && issued.unitId().equals(board.unitId()));
        assertThat(plans.find(id).orElseThrow().documentSymbol()).isEqualTo(symbol);
    }
}
