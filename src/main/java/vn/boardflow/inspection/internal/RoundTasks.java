package vn.boardflow.inspection.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows;
import vn.boardflow.workflow.Workflows.CaseTask;

/**
 * Completes the round's open task of a step for the signed-in user, who must be able to act on it; a
 * ward's tasks are told apart by their form key, which names the ward's inspection.
 */
@Component
class RoundTasks {

    static final String PROCESS_KEY = "inspectionRound";
    static final String SCHEDULE = "schedule";
    static final String FILL = "fill";
    static final String CLOSE = "close";
    static final String REPORT = "report";

    private final Workflows workflows;
    private final TaskActions taskActions;

    RoundTasks(Workflows workflows, TaskActions taskActions) {
        this.workflows = workflows;
        this.taskActions = taskActions;
    }

    void complete(InspectionRound round, String taskKey, String formKey, Map<String, Object> variables) {
        CaseTask task = workflows.openTasks(round.processInstanceId()).stream()
                .filter(open -> open.key().equals(taskKey) && (formKey == null || formKey.equals(open.formKey())))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("inspection.error.changedMeanwhile"));
        taskActions.complete(task.id(), variables);
    }

    static String wardFormKey(long wardInspectionId) {
        return "inspections/wards/" + wardInspectionId;
    }
}
