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
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanEvents.PlanCommented;
import vn.boardflow.plan.PlanEvents.PlanCreated;
import vn.boardflow.plan.PlanEvents.PlanSaved;
import vn.boardflow.plan.PlanEvents.PlanStepTaken.Step;
import vn.boardflow.plan.PlanEvents.PlanStepTaken;

/** The plans module with only the modules it uses: what it tells the rest of the application at each step. */
@ModuleTest
class PlanModuleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    AnnualPlans plans;
    @Autowired
    PlanDrafting drafting;
    @Autowired
    PlanComments comments;
    @Autowired
    PlanApproval approval;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void eachStepOfAPlanIsPublishedWithWhereItStoodAndTheIssueWithItsDocument(AssertablePublishedEvents events) {
        PlanningBoard board = PlanningBoard.create(context);
        Logins.as(userDetails, board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2031, false));
        PlanView draft = plans.find(id).orElseThrow();
        approval.submit(id, drafting.save(id, draft.version(), board.filledIn(draft.content(), 0, 0)));
        comments.comment(id, "Đã gửi xin ý kiến");
        Logins.as(userDetails, board.reviewer());
        approval.returnToDrafter(id, "Bổ sung nhiệm vụ");
        Logins.as(userDetails, board.drafter());
        approval.submit(id, plans.find(id).orElseThrow().version());
        Logins.as(userDetails, board.reviewer());
        approval.approve(id, null);
        Logins.as(userDetails, board.leader());
        approval.signOff(id, "Đồng ý");
        Logins.as(userDetails, board.clerk());
        String symbol = approval.issue(id, LocalDate.of(2031, 1, 5)).symbol();

        assertThat(events).contains(PlanCreated.class)
                .matching(created -> created.planId().equals(id) && created.year() == 2031 && !created.copied());
        assertThat(events).contains(PlanSaved.class).matching(saved -> saved.planId().equals(id));
        assertThat(events).contains(PlanCommented.class)
                .matching(commented -> commented.comment().equals("Đã gửi xin ý kiến"));
        assertThat(events.ofType(PlanStepTaken.class).matching(step -> step.planId().equals(id)))
                .extracting(PlanStepTaken::step)
                .containsExactly(Step.SUBMITTED, Step.RETURNED, Step.SUBMITTED, Step.APPROVED, Step.SIGNED, Step.ISSUED);
        assertThat(events).contains(PlanStepTaken.class)
                .matching(step -> step.step() == Step.RETURNED && step.before() == PlanStatus.IN_REVIEW
                        && step.after() == PlanStatus.RETURNED && step.drafter().equals(board.drafter())
                        && step.comment().equals("Bổ sung nhiệm vụ"));
        assertThat(events).contains(PlanStepTaken.class)
                .matching(step -> step.step() == Step.ISSUED && symbol.equals(step.comment()));
        assertThat(events).contains(DocumentIssued.class)
                .matching(issued -> issued.symbol().equals(symbol) && issued.unitId().equals(board.unitId()));
    }
}
