package vn.boardflow.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.plan.PlanApproval;
import vn.boardflow.plan.PlanEvents.PlanStepTaken.Step;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanStatus;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class PlanApprovalService implements PlanApproval {

    private final ReachablePlans reachable;
    private final PlanRevisionRepository revisions;
    private final PlanSteps steps;
    private final PlanIssue planIssue;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanApprovalService(ReachablePlans reachable, PlanRevisionRepository revisions, PlanSteps steps,
                        PlanIssue planIssue, CurrentUser currentUser, Clock clock) {
        this.reachable = reachable;
        this.revisions = revisions;
        this.steps = steps;
        this.planIssue = planIssue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void submit(PlanId planId, long version) {
        AnnualPlan plan = reachable.drafted(planId);
        plan.checkVersion(version);
        PlanStatus before = plan.status();
        int submission = plan.submit(me(), clock.instant());
        revisions.save(new PlanRevision(plan.id(), submission, plan.contentJson(), clock.instant(), me()));
        steps.taken(Step.SUBMITTED, plan, before, steps.complete(plan, PlanTasks.DRAFT, PlanTasks.SUBMIT), null);
    }

    @Override
    public void cancel(PlanId planId, String reason) {
        AnnualPlan plan = reachable.drafted(planId);
        PlanStatus before = plan.status();
        plan.cancel(me(), clock.instant());
        Optional<String> actingFor = Optional.empty();
        if (before == PlanStatus.IN_REVIEW) {
            steps.withdraw(plan);
        } else {
            actingFor = steps.complete(plan, PlanTasks.DRAFT, PlanTasks.CANCEL);
        }
        steps.taken(Step.CANCELLED, plan, before, actingFor, reason);
    }

    @Override
    public void approve(PlanId planId, String comment) {
        AnnualPlan plan = reachable.load(planId);
        PlanStatus before = plan.status();
        plan.approve(me(), clock.instant());
        steps.taken(Step.APPROVED, plan, before, steps.complete(plan, PlanTasks.REVIEW, PlanTasks.APPROVE), comment);
    }

    @Override
    public void returnToDrafter(PlanId planId, String comment) {
        AnnualPlan plan = reachable.load(planId);
        PlanStatus before = plan.status();
        String taskKey = before == PlanStatus.AWAITING_SIGNATURE ? PlanTasks.SIGN_OFF : PlanTasks.REVIEW;
        plan.returnToDrafter(comment, me(), clock.instant());
        steps.taken(Step.RETURNED, plan, before, steps.complete(plan, taskKey, PlanTasks.RETURN), comment);
    }

    @Override
    public void signOff(PlanId planId, String comment) {
        AnnualPlan plan = reachable.load(planId);
        PlanStatus before = plan.status();
        plan.signOff(me(), clock.instant());
        steps.taken(Step.SIGNED, plan, before, steps.complete(plan, PlanTasks.SIGN_OFF, PlanTasks.APPROVE), comment);
    }

    @Override
    public IssuedDocumentView issue(PlanId planId, LocalDate issuedOn) {
        AnnualPlan plan = reachable.load(planId);
        IssuedDocumentView document = planIssue.issue(plan, issuedOn);
        PlanStatus before = plan.status();
        plan.issued(document.ref(), issuedOn, me(), clock.instant());
        steps.taken(Step.ISSUED, plan, before, steps.complete(plan, PlanTasks.ISSUE, PlanTasks.APPROVE),
                document.symbol());
        return document;
    }

    private String me() {
        return currentUser.actor().username();
    }
}
