package vn.boardflow.workflow;

import java.util.Map;

/** Starts the process that drives a piece of work, recording what it is about and in which unit. */
public interface Workflows {

    /**
     * Starts the process in the caller's transaction, so a failure later in the same command leaves no
     * orphan process. Variables carry ids and outcomes, never entities. The caller must hold a role
     * that reaches the unit; the feature that starts the case checks which role.
     *
     * @return the process instance id
     */
    String start(StartCase command);

    /**
     * @param subject    the title shown in the task inbox, e.g. "Kế hoạch năm 2018"
     * @param unitId     the unit the work belongs to
     */
    record StartCase(String processKey, String businessKey, String subject, long unitId, Map<String, Object> variables) {
    }
}
