package vn.boardflow.workflow;

import java.util.Map;
import java.util.Optional;

/**
 * What a user does with a task. Each method checks on the server that the user may act on the task,
 * for themselves or for a colleague they substitute for, and records it in the audit log.
 */
public interface TaskActions {

    /** Whether the user may complete the task: it is theirs, offered to a role they hold, or reached them as a substitute. */
    boolean mayAct(String taskId);

    void claim(String taskId);

    /** Gives the task back to its candidate group. */
    void unclaim(String taskId);

    /**
     * Completes the task, claiming it first when it still waits for a group member.
     *
     * @return the user name of the colleague the user stood in for, when the task reached them as a substitute
     */
    Optional<String> complete(String taskId, Map<String, Object> variables);
}
