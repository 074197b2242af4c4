package vn.boardflow.workflow.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Actor;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.workflow.Workflows;

@Service
class FlowableWorkflows implements Workflows {

    static final String UNIT_VARIABLE = "unitId";
    static final String INITIATOR_VARIABLE = "initiator";

    private final RuntimeService runtime;
    private final WorkflowCaseRepository cases;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Clock clock;

    FlowableWorkflows(RuntimeService runtime, WorkflowCaseRepository cases, CurrentUser currentUser,
                      AccessPolicy access, AuditLog auditLog, Clock clock) {
        this.runtime = runtime;
        this.cases = cases;
        this.currentUser = currentUser;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String start(StartCase command) {
        Actor actor = currentUser.actor();
        if (!access.canActIn(command.unitId())) {
            throw new AccessDeniedException("access.denied");
        }
        String subject = WorkflowCase.checkedSubject(command.subject());
        Map<String, Object> variables = new HashMap<>(command.variables());
        variables.put(UNIT_VARIABLE, command.unitId());
        variables.put(INITIATOR_VARIABLE, actor.username());
        ProcessInstance instance = FlowableUser.as(actor.username(), () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(command.processKey())
                .businessKey(command.businessKey())
                .name(subject)
                .variables(variables)
                .start());
        cases.save(new WorkflowCase(instance.getId(), command.processKey(), command.businessKey(), subject,
                command.unitId(), actor.username(), clock.instant()));
        auditLog.record(AuditRecord.of("case.started", "ProcessInstance", instance.getId(), command.unitId(), null,
                Map.of("process", command.processKey(), "subject", subject,
                        "businessKey", String.valueOf(command.businessKey()))));
        return instance.getId();
    }
}
