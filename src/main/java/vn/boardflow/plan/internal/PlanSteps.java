package vn.boardflow.plan.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.plan.PlanEvents.PlanStepTaken.Step;
import vn.boardflow.plan.PlanEvents.PlanStepTaken;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows.CaseTask;
import vn.boardflow.workflow.Workflows;

/** Keeps the plan's process in step with the plan, and tells the rest of the application of each step. */
@Component
class PlanSteps {

    private final Workflows workflows;
    private final TaskActions taskActions;
    private final ApplicationEventPublisher events;

    PlanSteps(Workflows workflows, TaskActions taskActions, ApplicationEventPublisher events) {
        this.workflows = workflows;
        this.taskActions = taskActions;
        this.events = events;
    }

    /**
     * Completes the plan's open task of this step for the user, who must be able to act on it (its
     * assignee, a holder of its role in the plan's body, or their substitute).
     *
     * @return the colleague the user stood in for, if any
     */
    Optional<String> complete(AnnualPlan plan, String taskKey, String outcome) {
        CaseTask task = workflows.openTasks(plan.processInstanceId()).stream()
                .filter(open -> open.key().equals(taskKey)).findFirst()
                .orElseThrow(() -> new RuleViolation("plan.error.changedMeanwhile"));
        return taskActions.complete(task.id(), Map.of(PlanTasks.OUTCOME, outcome));
    }

    /** A withdrawal while under review: the process leaves the reviewer's task by its message. */
    void withdraw(AnnualPlan plan) {
        workflows.sendMessage(plan.processInstanceId(), PlanTasks.WITHDRAWN_MESSAGE);
    }

    void taken(Step step, AnnualPlan plan, PlanStatus before, Optional<String> actingFor, String comment) {
        events.publishEvent(new PlanStepTaken(step, plan.planId(), plan.unitId(), plan.year(), plan.createdBy(), before,
                plan.status(), actingFor.orElse(null), comment));
    }
}
