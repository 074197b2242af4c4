package vn.boardflow.report.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows;

/**
 * Keeps a period's process in step with its reports: a report sent completes its unit's entry step, a report
 * returned or accepted the secretariat's step. A report reopened after acceptance is corrected outside the
 * process, whose unit has finished; its steps then have no task to complete.
 */
@Component
class ReportTasks {

    static final String PROCESS_KEY = "reportPeriod";
    static final String ENTER = "enter";
    static final String REVIEW = "review";
    static final String OUTCOME = "outcome";

    private final Workflows workflows;
    private final TaskActions taskActions;

    ReportTasks(Workflows workflows, TaskActions taskActions) {
        this.workflows = workflows;
        this.taskActions = taskActions;
    }

    void complete(UnitReport report, String taskKey, Map<String, Object> variables) {
        if (report.processInstanceId() == null) {
            return;
        }
        String formKey = ReportCycle.link(report);
        workflows.openTasks(report.processInstanceId()).stream()
                .filter(task -> task.key().equals(taskKey) && formKey.equals(task.formKey()))
                .findFirst()
                .ifPresent(task -> taskActions.complete(task.id(), variables));
    }
}
