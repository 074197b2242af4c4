package vn.boardflow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.boardflow.org.UnitId;

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
     * Starts a body's case for a unit below it that sends its work up (a ward's settlement dossier, which the city
     * board's people take on): the caller acts in the sending unit or a unit of it (a ward's board), which lies
     * within the case's unit; the case belongs to the body, whose people its steps are offered to and whose leaders
     * hear of its delays.
     */
    String startFrom(StartCase command, UnitId fromUnit);

    /**
     * Starts the process for a timer, with nobody signed in: the case records the system as its initiator.
     * Only for work the system does on its own, such as opening an inspection round on its date.
     */
    String startUnattended(StartCase command);

    /**
     * The case's tasks waiting now, for the feature that decides which of them the user may complete: all
     * of them for those whose roles reach the case's unit, otherwise only those offered to the user (a
     * ward's officers see their ward's tasks in a round of the city's board, not the round's others).
     */
    List<CaseTask> openTasks(String processInstanceId);

    /**
     * Whether the case waits at this step now, whoever it is offered to: for a feature that has already
     * checked the user's access to what the step is about (a ward's officers asking whether their
     * self-assessment is still open, after the process took it away).
     *
     * @param formKey tells apart the instances of a multi-instance step
     */
    boolean isWaitingAt(String processInstanceId, String taskKey, String formKey);

    /**
     * What the case is about, renamed: its subject in every inbox follows a draft's summary as it is rewritten. The
     * feature that started the case checks who may rename it.
     */
    void retitle(String processInstanceId, String subject);

    /** Delivers a message the case waits for, e.g. a draft withdrawn while under review. */
    void sendMessage(String processInstanceId, String messageName);

    /**
     * Delivers a message the case waits for as the consequence of a step the feature has already let the user take
     * elsewhere (the clerk's issuing a body's report lets the period's process go on, though the clerk does not act
     * in the secretariat the case belongs to).
     *
     * @return whether the case was waiting for it
     */
    boolean deliver(String processInstanceId, String messageName);

    /** Whether the case waits for the message now (it may have moved past the step that waits for it). */
    boolean awaits(String processInstanceId, String messageName);

    /** The case's process diagram as PNG, its current steps (or the end it reached) highlighted. */
    byte[] diagram(String processInstanceId);

    /**
     * @param key     the task's id in the BPMN, e.g. {@code review}
     * @param formKey the route that handles it, which also tells apart the instances of a multi-instance task
     */
    record CaseTask(String id, String key, String name, String assignee, Instant createdAt, String formKey) {
    }

    /**
     * @param subject the title shown in the task inbox, e.g. "Kế hoạch năm 2018"
     * @param unitId  the unit the work belongs to
     */
    record StartCase(String processKey, String businessKey, String subject, UnitId unitId, Map<String, Object> variables) {
    }
}
