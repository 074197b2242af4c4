package vn.boardflow.workflow.internal;

import java.util.Map;
import java.util.Optional;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.ActingIdentity;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.WorkflowEvents.TaskActed;

@Service
@Transactional
class FlowableTaskActions implements TaskActions {

    private final TaskService tasks;
    private final ManagementService management;
    private final WorkflowCaseRepository cases;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    FlowableTaskActions(TaskService tasks, ManagementService management, WorkflowCaseRepository cases,
                        CurrentUser currentUser, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.management = management;
        this.cases = cases;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAct(String taskId) {
        return find(taskId).flatMap(this::through).isPresent();
    }

    @Override
    public void claim(String taskId) {
        Task task = load(taskId);
        ActingIdentity through = authorise(task);
        Actor me = currentUser.actor();
        if (me.username().equals(task.getAssignee())) {
            return;
        }
        guarded(() -> FlowableUser.as(me.username(), () -> {
            if (task.getAssignee() == null) {
                tasks.claim(taskId, me.username());
            } else {
                tasks.setAssignee(taskId, me.username());
            }
        }));
        audit("claimed", task, through, me.username());
    }

    @Override
    public void unclaim(String taskId) {
        Task task = load(taskId);
        ActingIdentity through = authorise(task);
        if (task.getAssignee() == null) {
            return;
        }
        boolean offeredToOthers = task.getIdentityLinks().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
        if (!offeredToOthers) {
            throw new RuleViolation("task.error.cannotRelease");
        }
        guarded(() -> FlowableUser.as(currentUser.actor().username(), () -> tasks.unclaim(taskId)));
        audit("released", task, through, null);
    }

    @Override
    public Optional<String> complete(String taskId, Map<String, Object> variables) {
        Task task = load(taskId);
        ActingIdentity through = authorise(task);
        Actor me = currentUser.actor();
        // one engine command: the task taken and completed are flushed together
        guarded(() -> FlowableUser.as(me.username(), () -> management.executeCommand(context -> {
            if (!me.username().equals(task.getAssignee())) {
                tasks.setAssignee(taskId, me.username());
            }
            tasks.complete(taskId, variables);
            return null;
        })));
        audit("completed", task, through, me.username());
        return through.substitution() ? Optional.of(through.username()) : Optional.empty();
    }

    private Task load(String taskId) {
        return find(taskId).orElseThrow(() -> new RuleViolation("task.error.notFound"));
    }

    /** The task with who it is offered to, in one query. */
    private Optional<Task> find(String taskId) {
        return taskId == null ? Optional.empty()
                : Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).includeIdentityLinks().singleResult());
    }

    private Optional<ActingIdentity> through(Task task) {
        return TaskAccess.through(task.getAssignee(), task.getIdentityLinks(), currentUser.actingIdentities());
    }

    /** Finds the identity through which the user may act on the task, or refuses. */
    private ActingIdentity authorise(Task task) {
        Optional<ActingIdentity> through = through(task);
        AccessPolicy.require(through.isPresent());
        return through.orElseThrow();
    }

    /** Two users acting on the same task at once: the second is told, and nothing is half done. */
    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException
                 | FlowableTaskAlreadyClaimedException e) {
            throw new RuleViolation("task.error.changedMeanwhile");
        }
    }

    private void audit(String action, Task task, ActingIdentity through, String assigneeAfter) {
        UnitId unitId = cases.findById(task.getProcessInstanceId()).map(WorkflowCase::unitId).orElse(null);
        events.publishEvent(new TaskActed(action, task.getId(), unitId, task.getTaskDefinitionKey(), task.getAssignee(),
                assigneeAfter, through.substitution() ? through.username() : null));
    }
}
