package vn.boardflow.workflow;

import java.util.List;

/**
 * The tasks waiting for the signed-in user: assigned to them or to someone they substitute for, or
 * offered to a role they (or that someone) hold in a unit. Sorted by due date, soonest first.
 */
public interface TaskInbox {

    List<InboxTask> page(boolean overdueOnly, int offset, int limit);

    int count(boolean overdueOnly);
}
