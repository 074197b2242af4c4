package vn.boardflow.inspection.internal;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows.CaseTask;
import vn.boardflow.workflow.Workflows;

/**
 * Completes the round's open task of a step for the signed-in user, who must be able to act on it; a
 * ward's and a remedial task's steps are told apart by their form key, which names what they are about.
 */
@Component
public class RoundTasks {

    static final String PROCESS_KEY = "inspectionRound";
    static final String SCHEDULE = "schedule";
    static final String SELF_ASSESS = "selfAssess";
    static final String FILL = "fill";
    static final String CLOSE = "close";
    public static final String FIX = "fix";
    public static final String REVIEW = "review";
    static final String REPORT = "report";

    /** Reminders go out at the start of the working day: a team's the day before its visit, a ward's before its deadline. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(7, 0);

    private final Workflows workflows;
    private final TaskActions taskActions;

    RoundTasks(Workflows workflows, TaskActions taskActions) {
        this.workflows = workflows;
        this.taskActions = taskActions;
    }

    public void complete(InspectionRound round, String taskKey, String formKey, Map<String, Object> variables) {
        CaseTask task = find(round, taskKey, formKey)
                .orElseThrow(() -> new RuleViolation("inspection.error.changedMeanwhile"));
        taskActions.complete(task.id(), variables);
    }

    /** Whether the round waits at this step of a ward or a task, whether or not the user may take it. */
    boolean isOpen(InspectionRound round, String taskKey, String formKey) {
        return workflows.isWaitingAt(round.processInstanceId(), taskKey, formKey);
    }

    private Optional<CaseTask> find(InspectionRound round, String taskKey, String formKey) {
        return workflows.openTasks(round.processInstanceId()).stream()
                .filter(open -> open.key().equals(taskKey) && (formKey == null || formKey.equals(open.formKey())))
                .findFirst();
    }

    static String wardFormKey(long wardInspectionId) {
        return "inspections/wards/" + wardInspectionId;
    }

    static String selfFormKey(long wardInspectionId) {
        return "inspections/self/" + wardInspectionId;
    }

    public static String remedyFormKey(long remedyId) {
        return "inspections/remedies/" + remedyId;
    }
}
