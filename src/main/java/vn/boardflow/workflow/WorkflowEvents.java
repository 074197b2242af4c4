package vn.boardflow.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;
import vn.boardflow.org.UnitId;
import vn.boardflow.workflow.Notices.Notice;

/**
 * What happens to processes, their tasks and notices, as the rest of the application hears of it. The audited
 * ones are written to the audit log in the transaction of the change.
 */
public interface WorkflowEvents {

    /**
     * Published for each recipient of a notice, so that it is e-mailed after the commit; a failed delivery is
     * tried again later.
     */
    record NoticeSent(String username, Notice notice) {
    }

    record CaseStarted(String processInstanceId, UnitId unitId, String processKey, String subject, String businessKey)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("case.started", "ProcessInstance", processInstanceId, unitId, null,
                    Map.of("process", processKey, "subject", subject, "businessKey", String.valueOf(businessKey)));
        }
    }

    /** A process received a message, such as a drafter's withdrawal while under review. */
    record CaseMessaged(String processInstanceId, UnitId unitId, String message) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("case.message", "ProcessInstance", processInstanceId, unitId, null,
                    Map.of("message", message));
        }
    }

    /**
     * A user claimed, released or completed a task.
     *
     * @param action    {@code claimed}, {@code released} or {@code completed}
     * @param actingFor the colleague the user stood in for, or {@code null}
     */
    record TaskActed(String action, String taskId, UnitId unitId, String taskKey, String assigneeBefore,
                     String assigneeAfter, String actingFor) implements Audited {

        @Override
        public AuditRecord audit() {
            Map<String, Object> before = new HashMap<>();
            before.put("task", taskKey);
            before.put("assignee", assigneeBefore);
            Map<String, Object> after = new HashMap<>(before);
            after.put("assignee", assigneeAfter);
            AuditRecord record = AuditRecord.of("task." + action, "Task", taskId, unitId, before, after);
            return actingFor == null ? record : record.actingFor(actingFor);
        }
    }

    /** @param escalated whether the task was late and its leaders told, or only idle and its holders reminded */
    record TaskReminded(boolean escalated, String taskId, UnitId unitId, String taskKey, List<String> recipients)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(escalated ? "task.escalated" : "task.reminded", "Task", taskId, unitId, null,
                    Map.of("task", taskKey, "recipients", recipients));
        }
    }
}
