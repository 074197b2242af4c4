package vn.boardflow.workflow;

import java.time.Instant;
import vn.boardflow.org.UnitId;

/**
 * One row of "Việc của tôi".
 *
 * @param unitId     the unit the task is about: its own (a ward's report in a city's month, see {@link #TASK_UNIT}),
 *                   else its case's
 * @param assignee   user name holding the task, or {@code null} while it waits for a group member
 * @param actingFor  user name of the absent colleague through whom the task reached this user, or {@code null}
 * @param formKey    the route that handles the task
 */
public record InboxTask(String id, String name, String processName, String subject, UnitId unitId, String unitName,
                        Instant createdAt, Instant dueAt, String assignee, String assigneeName, String formKey,
                        String actingFor, boolean overdue) {

    /**
     * The task-local variable naming a task's own unit (its id, a number), for tasks of one case about different
     * units, so that each row of the inbox says which.
     */
    public static final String TASK_UNIT = "taskUnitId";

    public boolean claimable() {
        return assignee == null;
    }
}
