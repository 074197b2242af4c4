package vn.boardflow.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.variable.api.persistence.entity.VariableInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.ActingIdentity;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.TaskInbox;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class FlowableTaskInbox implements TaskInbox {

    private final TaskService tasks;
    private final RepositoryService repository;
    private final WorkflowCaseRepository cases;
    private final CurrentUser currentUser;
    private final Organisation organisation;
    private final UserDirectory users;
    private final Clock clock;

    FlowableTaskInbox(TaskService tasks, RepositoryService repository, WorkflowCaseRepository cases,
                      CurrentUser currentUser, Organisation organisation, UserDirectory users, Clock clock) {
        this.tasks = tasks;
        this.repository = repository;
        this.cases = cases;
        this.currentUser = currentUser;
        this.organisation = organisation;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<InboxTask> page(boolean overdueOnly, int offset, int limit) {
        List<ActingIdentity> identities = currentUser.actingIdentities();
        List<Task> found = query(identities, overdueOnly)
                .includeIdentityLinks()
                .orderByDueDateNullsLast().asc()
                .orderByTaskCreateTime().asc()
                .listPage(offset, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, WorkflowCase> casesById = cases.findAllById(
                        found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(WorkflowCase::processInstanceId, Function.identity()));
        Map<String, String> assigneeNames = users.fullNames(
                found.stream().map(Task::getAssignee).filter(Objects::nonNull).collect(Collectors.toSet()));
        OrgChart chart = organisation.today();
        Instant now = clock.instant();
        Map<String, UnitId> ownUnits = ownUnits(found);
        return found.stream().map(task -> row(task, identities, casesById, assigneeNames, ownUnits, chart, now))
                .toList();
    }

    /** The units of the tasks that name their own, read in one query for the page. */
    private Map<String, UnitId> ownUnits(List<Task> found) {
        Map<String, UnitId> units = new HashMap<>();
        for (VariableInstance variable : tasks.getVariableInstancesLocalByTaskIds(
                found.stream().map(Task::getId).collect(Collectors.toSet()))) {
            if (InboxTask.TASK_UNIT.equals(variable.getName()) && variable.getValue() instanceof Number unit) {
                units.put(variable.getTaskId(), UnitId.of(unit.longValue()));
            }
        }
        return units;
    }

    @Override
    public int count(boolean overdueOnly) {
        return Math.toIntExact(query(currentUser.actingIdentities(), overdueOnly).count());
    }

    @Override
    public List<String> casesWaiting(String processKey, String taskKey) {
        TaskQuery query = query(currentUser.actingIdentities(), false).processDefinitionKey(processKey);
        if (taskKey != null) {
            query.taskDefinitionKey(taskKey);
        }
        return query.orderByTaskCreateTime().asc().list().stream().map(Task::getProcessInstanceId).distinct().toList();
    }

    private TaskQuery query(List<ActingIdentity> identities, boolean overdueOnly) {
        List<String> usernames = identities.stream().map(ActingIdentity::username).toList();
        Set<String> groups = new HashSet<>();
        identities.forEach(identity -> groups.addAll(TaskAccess.groupsOf(identity)));
        // tasks offered to people by name (a ward's inspection team) reach the user, not their substitutes
        TaskQuery query = tasks.createTaskQuery().active().or().taskAssigneeIds(usernames)
                .taskCandidateUser(usernames.getFirst());
        if (!groups.isEmpty()) {
            query.taskCandidateGroupIn(groups);
        }
        query.endOr();
        if (overdueOnly) {
            query.taskDueBefore(Date.from(clock.instant()));
        }
        return query;
    }

    private InboxTask row(Task task, List<ActingIdentity> identities, Map<String, WorkflowCase> casesById,
                          Map<String, String> assigneeNames, Map<String, UnitId> ownUnits, OrgChart chart, Instant now) {
        Optional<WorkflowCase> workCase = Optional.ofNullable(casesById.get(task.getProcessInstanceId()));
        UnitId unitId = ownUnits.containsKey(task.getId()) ? ownUnits.get(task.getId())
                : workCase.map(WorkflowCase::unitId).orElse(null);
        String actingFor = TaskAccess.through(task.getAssignee(), task.getIdentityLinks(), identities)
                .filter(ActingIdentity::substitution)
                .map(ActingIdentity::username)
                .orElse(null);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new InboxTask(task.getId(), task.getName(), processName(task),
                workCase.map(WorkflowCase::subject).orElse(""), unitId, chart.nameOf(unitId),
                task.getCreateTime().toInstant(), due, task.getAssignee(),
                task.getAssignee() == null ? null : assigneeNames.getOrDefault(task.getAssignee(), task.getAssignee()),
                task.getFormKey(), actingFor, due != null && due.isBefore(now));
    }

    /** Flowable caches process definitions, so this costs no query after the first task of a process. */
    private String processName(Task task) {
        var definition = repository.getProcessDefinition(task.getProcessDefinitionId());
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }
}
