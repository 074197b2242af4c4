package vn.boardflow.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.ActingIdentity;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.WorkflowEvents.CaseMessaged;
import vn.boardflow.workflow.WorkflowEvents.CaseStarted;
import vn.boardflow.workflow.Workflows;

@Service
class FlowableWorkflows implements Workflows {

    static final String UNIT_VARIABLE = "unitId";
    static final String INITIATOR_VARIABLE = "initiator";
    /** The initiator of a case a timer started, as the audit log names it too. */
    static final String SYSTEM = "system";
    /** A logical font, present on every JDK, with Vietnamese letters wherever the system has fonts for them. */
    private static final String DIAGRAM_FONT = "SansSerif";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final HistoryService history;
    private final WorkflowCaseRepository cases;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Organisation organisation;
    private final Clock clock;

    FlowableWorkflows(RuntimeService runtime, TaskService tasks, RepositoryService repository, HistoryService history,
                      WorkflowCaseRepository cases, CurrentUser currentUser, AccessPolicy access, ApplicationEventPublisher events,
                      Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.history = history;
        this.cases = cases;
        this.currentUser = currentUser;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String start(StartCase command) {
        Actor actor = currentUser.actor();
        access.requireActsIn(command.unitId());
        return startAs(actor.username(), command);
    }

    @Override
    @Transactional
    public String startFrom(StartCase command, UnitId fromUnit) {
        Actor actor = currentUser.actor();
        OrgChart chart = organisation.today();
        AccessPolicy.require(chart.subtree(command.unitId()).contains(fromUnit)
                && chart.subtree(fromUnit).stream().anyMatch(access::canActIn));
        return startAs(actor.username(), command);
    }

    @Override
    @Transactional
    public String startUnattended(StartCase command) {
        return startAs(SYSTEM, command);
    }

    @Override
    @Transactional
    public void retitle(String processInstanceId, String subject) {
        String checked = WorkflowCase.checkedSubject(subject);
        cases.findById(processInstanceId).ifPresent(workCase -> workCase.retitle(checked));
        runtime.setProcessInstanceName(processInstanceId, checked);
    }

    private String startAs(String initiator, StartCase command) {
        String subject = WorkflowCase.checkedSubject(command.subject());
        Map<String, Object> variables = new HashMap<>(command.variables());
        variables.put(UNIT_VARIABLE, command.unitId().value());
        variables.put(INITIATOR_VARIABLE, initiator);
        ProcessInstance instance = FlowableUser.as(initiator, () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(command.processKey())
                .businessKey(command.businessKey())
                .name(subject)
                .variables(variables)
                .start());
        cases.save(new WorkflowCase(instance.getId(), command.processKey(), command.businessKey(), subject,
                command.unitId(), initiator, clock.instant()));
        events.publishEvent(new CaseStarted(instance.getId(), command.unitId(), command.processKey(), subject,
                String.valueOf(command.businessKey())));
        return instance.getId();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CaseTask> openTasks(String processInstanceId) {
        WorkflowCase workflowCase = cases.findById(processInstanceId)
                .orElseThrow(() -> new RuleViolation("task.error.notFound"));
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).includeIdentityLinks()
                .orderByTaskCreateTime().asc().list();
        if (!access.canActIn(workflowCase.unitId())) {
            List<ActingIdentity> identities = currentUser.actingIdentities();
            open = open.stream()
                    .filter(task -> TaskAccess.through(task.getAssignee(), task.getIdentityLinks(), identities).isPresent())
                    .toList();
            AccessPolicy.require(!open.isEmpty());
        }
        return open.stream()
                .map(task -> new CaseTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                        task.getCreateTime().toInstant(), task.getFormKey()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isWaitingAt(String processInstanceId, String taskKey, String formKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list().stream()
                .anyMatch(task -> formKey.equals(task.getFormKey()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean awaits(String processInstanceId, String messageName) {
        return runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(messageName).count() > 0;
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void sendMessage(String processInstanceId, String messageName) {
        WorkflowCase workflowCase = checkReach(processInstanceId);
        if (!deliver(workflowCase, messageName)) {
            throw new RuleViolation("task.error.changedMeanwhile");
        }
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean deliver(String processInstanceId, String messageName) {
        return cases.findById(processInstanceId).map(workflowCase -> deliver(workflowCase, messageName)).orElse(false);
    }

    private boolean deliver(WorkflowCase workflowCase, String messageName) {
        String processInstanceId = workflowCase.processInstanceId();
        Optional<Execution> waiting = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(messageName).list().stream().findFirst();
        waiting.ifPresent(execution -> {
            FlowableUser.as(currentUser.actor().username(),
                    () -> runtime.messageEventReceived(messageName, execution.getId()));
            events.publishEvent(new CaseMessaged(processInstanceId, workflowCase.unitId(), messageName));
        });
        return waiting.isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] diagram(String processInstanceId) {
        checkReach(processInstanceId);
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new RuleViolation("task.error.notFound");
        }
        List<String> highlighted = instance.getEndTime() == null
                ? runtime.getActiveActivityIds(processInstanceId)
                : instance.getEndActivityId() == null ? List.of() : List.of(instance.getEndActivityId());
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        try (InputStream png = new LabelledDiagramGenerator().generateDiagram(model, "png", highlighted,
                List.of(), DIAGRAM_FONT, DIAGRAM_FONT, DIAGRAM_FONT, null, 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WorkflowCase checkReach(String processInstanceId) {
        WorkflowCase workflowCase = cases.findById(processInstanceId)
                .orElseThrow(() -> new RuleViolation("task.error.notFound"));
        access.requireActsIn(workflowCase.unitId());
        return workflowCase;
    }
}
