package vn.boardflow.plan.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.plan.PlanAction;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.plan.PlanView;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows.CaseTask;
import vn.boardflow.workflow.Workflows;

/** A plan as its screen shows it to the signed-in user, with what they may do to it now. */
@Component
class PlanViews {

    private final IssuingBodies bodies;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final Workflows workflows;
    private final TaskActions taskActions;

    PlanViews(IssuingBodies bodies, UserDirectory users, AccessPolicy access, Workflows workflows,
              TaskActions taskActions) {
        this.bodies = bodies;
        this.users = users;
        this.access = access;
        this.workflows = workflows;
        this.taskActions = taskActions;
    }

    PlanView of(AnnualPlan plan) {
        IssuingBodyView body = bodies.find(plan.issuingBodyId()).orElse(null);
        String creatorName = users.fullNames(List.of(plan.createdBy())).getOrDefault(plan.createdBy(), plan.createdBy());
        return new PlanView(plan.planId(), plan.version(), plan.issuingBodyId(), bodyName(body), plan.unitId(), plan.year(),
                plan.status(), plan.content(), plan.createdBy(), creatorName, plan.createdAt(), plan.updatedAt(),
                plan.submissions(), plan.returnComment(), plan.documentId(), plan.documentSymbol(), plan.issuedOn(),
                allowed(plan));
    }

    static String bodyName(IssuingBodyView body) {
        return body == null ? "" : body.nameOnOneLine();
    }

    /** What the user may do now: drafting needs the drafter role in the body, each step its open task. */
    private Set<PlanAction> allowed(AnnualPlan plan) {
        Set<PlanAction> allowed = EnumSet.noneOf(PlanAction.class);
        boolean drafter = access.can(Role.DRAFTER, plan.unitId());
        if (drafter && plan.status().editable()) {
            allowed.add(PlanAction.EDIT);
        }
        if (plan.processInstanceId() == null || plan.status() == PlanStatus.ISSUED
                || plan.status() == PlanStatus.CANCELLED) {
            return allowed;
        }
        for (CaseTask task : workflows.openTasks(plan.processInstanceId())) {
            if (!taskActions.mayAct(task.id())) {
                continue;
            }
            switch (task.key()) {
                case PlanTasks.DRAFT -> {
                    allowed.add(PlanAction.SUBMIT);
                    allowed.add(PlanAction.CANCEL);
                }
                case PlanTasks.REVIEW -> {
                    allowed.add(PlanAction.APPROVE);
                    allowed.add(PlanAction.RETURN);
                }
                case PlanTasks.SIGN_OFF -> {
                    allowed.add(PlanAction.SIGN_OFF);
                    allowed.add(PlanAction.RETURN);
                }
                case PlanTasks.ISSUE -> allowed.add(PlanAction.ISSUE);
                default -> {
                }
            }
        }
        if (plan.status() == PlanStatus.IN_REVIEW && drafter) {
            allowed.add(PlanAction.CANCEL);
        }
        return allowed;
    }
}
