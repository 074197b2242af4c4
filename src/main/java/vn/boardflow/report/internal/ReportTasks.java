package vn.boardflow.report.internal;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows;

/**
 * Keeps a period's process in step with its reports: a report sent completes its unit's entry step, a report
 * returned or accepted the secretariat's step, the drafting of the body's report the consolidation, its issuance
 * the wait before the report upward. A report reopened after acceptance is corrected outside the process, whose
 * unit has finished; its steps then have no task to complete.
 */
@Component
class ReportTasks {

    static final String PROCESS_KEY = "reportPeriod";
    static final String ENTER = "enter";
    static final String REVIEW = "review";
    static final String CONSOLIDATE = "consolidate";
    static final String CONSOLIDATE_NOW = "consolidateNow";
    static final String CONSOLIDATION_ISSUED = "consolidationIssued";
    static final String OUTCOME = "outcome";

    private final Workflows workflows;
    private final TaskActions taskActions;

    ReportTasks(Workflows workflows, TaskActions taskActions) {
        this.workflows = workflows;
        this.taskActions = taskActions;
    }

    void complete(UnitReport report, String taskKey, Map<String, Object> variables) {
        if (report.processInstanceId() != null) {
            complete(report.processInstanceId(), taskKey, ReportCycle.link(report), variables);
        }
    }

    /**
     * The secretariat's consolidation step of each of the period's processes, taken now: a process whose units
     * are not all accepted is sent the message that consolidates without them.
     */
    void consolidate(Collection<String> processInstanceIds, String formKey) {
        for (String processInstanceId : processInstanceIds) {
            if (workflows.awaits(processInstanceId, CONSOLIDATE_NOW)) {
                workflows.sendMessage(processInstanceId, CONSOLIDATE_NOW);
            }
            complete(processInstanceId, CONSOLIDATE, formKey, Map.of());
        }
    }

    /**
     * Tells the period's processes that the body's report is issued, so that they write its report upward.
     *
     * @return whether any of them was waiting for it
     */
    boolean issued(Collection<String> processInstanceIds) {
        boolean delivered = false;
        for (String processInstanceId : processInstanceIds) {
            delivered |= workflows.deliver(processInstanceId, CONSOLIDATION_ISSUED);
        }
        return delivered;
    }

    private void complete(String processInstanceId, String taskKey, String formKey, Map<String, Object> variables) {
        if (!workflows.isWaitingAt(processInstanceId, taskKey, formKey)) {
            return;
        }
        workflows.openTasks(processInstanceId).stream()
                .filter(task -> task.key().equals(taskKey) && formKey.equals(task.formKey()))
                .findFirst()
                .ifPresent(task -> taskActions.complete(task.id(), variables));
    }
}
