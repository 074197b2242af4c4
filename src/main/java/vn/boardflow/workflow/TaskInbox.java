package vn.boardflow.workflow;

import java.util.List;

/**
 * The tasks waiting for the signed-in user: assigned to them or to someone they substitute for, or
 * offered to a role they (or that someone) hold in a unit. Sorted by due date, soonest first.
 */
public interface TaskInbox {

    List<InboxTask> page(boolean overdueOnly, int offset, int limit);

    int count(boolean overdueOnly);

    /**
     * The cases of a process with a task waiting for the user, as above, for a feature's own queue (the drafts
     * a leader is to sign): their process instance ids, the longest waiting first.
     *
     * @param taskKey the step in the BPMN, or {@code null} for any
     */
    List<String> casesWaiting(String processKey, String taskKey);
}
