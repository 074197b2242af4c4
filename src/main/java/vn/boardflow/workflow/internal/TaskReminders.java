package vn.boardflow.workflow.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.org.Role;
import vn.boardflow.org.RoleInUnit;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.workflow.CandidateGroups;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.WorkflowEvents.TaskReminded;

/**
 * What a process's idle-task timers call: {@code ${taskReminders.remindAssignee(execution.processInstanceId,
 * 'review', 3)}} reminds whoever holds the task (everyone it is offered to while nobody has claimed it),
 * {@code notifyLeaders(…, 5)} tells the leaders of the case's unit. Both are audited as the system's doing.
 */
@Component("taskReminders")
class TaskReminders {

    private final TaskService tasks;
    private final WorkflowCaseRepository cases;
    private final UserDirectory users;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    TaskReminders(TaskService tasks, WorkflowCaseRepository cases, UserDirectory users, Notices notices,
                  ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.cases = cases;
        this.users = users;
        this.notices = notices;
        this.events = events;
    }

    public void remindAssignee(String processInstanceId, String taskKey, int workingDays) {
        openTask(processInstanceId, taskKey).ifPresent(task -> {
            Set<String> recipients = task.getAssignee() != null ? Set.of(task.getAssignee()) : offeredTo(task);
            send(false, "notice.taskIdle", task, recipients, String.valueOf(workingDays), holder(task));
        });
    }

    public void notifyLeaders(String processInstanceId, String taskKey, int workingDays) {
        openTask(processInstanceId, taskKey).ifPresent(task -> {
            UnitId unitId = cases.findById(processInstanceId).map(WorkflowCase::unitId).orElse(null);
            Set<String> leaders = unitId == null ? Set.of() : usernames(users.contacts(Role.LEADER, List.of(unitId)));
            send(true, "notice.taskLate", task, leaders, String.valueOf(workingDays), holder(task));
        });
    }

    private Optional<Task> openTask(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()
                .stream().findFirst();
    }

    private Set<String> offeredTo(Task task) {
        Set<String> recipients = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                recipients.add(link.getUserId());
            }
            CandidateGroups.parse(link.getGroupId()).map(this::holdersOf).ifPresent(recipients::addAll);
        }
        return recipients;
    }

    private Set<String> holdersOf(RoleInUnit group) {
        return usernames(users.contacts(group.role(), List.of(group.unitId())));
    }

    private String holder(Task task) {
        if (task.getAssignee() == null) {
            return "—";
        }
        return users.contacts(List.of(task.getAssignee())).stream().findFirst().map(UserSummary::fullName)
                .orElse(task.getAssignee());
    }

    private void send(boolean escalated, String messageKey, Task task, Set<String> recipients, String workingDays,
                      String holder) {
        WorkflowCase workflowCase = cases.findById(task.getProcessInstanceId()).orElse(null);
        String subject = workflowCase == null ? "" : workflowCase.subject();
        notices.send(recipients, new Notice(messageKey, List.of(task.getName(), subject, workingDays, holder),
                task.getFormKey()));
        events.publishEvent(new TaskReminded(escalated, task.getId(), workflowCase == null ? null : workflowCase.unitId(),
                task.getTaskDefinitionKey(), List.copyOf(recipients)));
    }

    private static Set<String> usernames(List<UserSummary> people) {
        Set<String> names = new LinkedHashSet<>();
        people.forEach(person -> names.add(person.username()));
        return names;
    }
}
