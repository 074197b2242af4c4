package vn.boardflow.workflow;

import java.util.Map;

/**
 * What a user does with a task. Each method checks on the server that the user may act on the task,
 * for themselves or for a colleague they substitute for, and records it in the audit log.
 */
public interface TaskActions {

    void claim(String taskId);

    /** Gives the task back to its candidate group. */
    void unclaim(String taskId);

    /** Completes the task, claiming it first when it still waits for a group member. */
    void complete(String taskId, Map<String, Object> variables);
}
