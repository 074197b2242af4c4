package vn.boardflow.drafting.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftAction;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken.Step;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows.CaseTask;
import vn.boardflow.workflow.Workflows.StartCase;
import vn.boardflow.workflow.Workflows;

/** Keeps a draft's process in step with the draft, and tells the rest of the application of each step. */
@Component
class DraftSteps {

    private final Workflows workflows;
    private final TaskActions taskActions;
    private final ApplicationEventPublisher events;

    DraftSteps(Workflows workflows, TaskActions taskActions, ApplicationEventPublisher events) {
        this.workflows = workflows;
        this.taskActions = taskActions;
        this.events = events;
    }

    void start(DocumentDraft draft) {
        String screen = draft.origin() == null ? "drafts/" + draft.draftId() : draft.origin().route();
        draft.startedAs(workflows.start(new StartCase(DraftTasks.PROCESS_KEY, "draft:" + draft.draftId(),
                draft.summary(), draft.unitId(), Map.of(DraftTasks.DRAFT_ID, draft.draftId().value(),
                        DraftTasks.DRAFT_SCREEN, screen))));
    }

    /**
     * Completes the draft's open task of the step it stands at, for a user who may act on it (its assignee, a
     * holder of its role in the body, or their substitute).
     *
     * @param taskKey   the step as the draft stood before it moved
     * @param variables what the route needs besides the outcome
     * @return the colleague the user stood in for, if any
     */
    Optional<String> complete(DocumentDraft draft, String taskKey, String outcome, Map<String, Object> variables) {
        return complete(task(draft, taskKey), outcome, variables);
    }

    Optional<String> complete(DocumentDraft draft, String taskKey, String outcome) {
        return complete(draft, taskKey, outcome, Map.of());
    }

    /** Completes a task {@link #mayTake} found. */
    Optional<String> complete(CaseTask task, String outcome) {
        return complete(task, outcome, Map.of());
    }

    private Optional<String> complete(CaseTask task, String outcome, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(DraftTasks.OUTCOME, outcome);
        return taskActions.complete(task.id(), all);
    }

    /**
     * The open task of the step the draft stands at, refused unless the user may take it, before anything about the
     * draft changes; completing it then needs no second look.
     */
    CaseTask mayTake(DocumentDraft draft, String taskKey) {
        CaseTask task = task(draft, taskKey);
        if (!taskActions.mayAct(task.id())) {
            throw new RuleViolation("draft.error.notYourStep");
        }
        return task;
    }

    /** Every inbox names the draft by its summary as it now reads. */
    void retitle(DocumentDraft draft) {
        workflows.retitle(draft.processInstanceId(), draft.summary());
    }

    /** The drafter's recall, or a change after sign-off: the process leaves its step by the message. */
    void recall(DocumentDraft draft) {
        workflows.sendMessage(draft.processInstanceId(), DraftTasks.RECALLED_MESSAGE);
    }

    /** What the user may do now besides editing: each step needs its open task to be theirs to take. */
    Set<DraftAction> allowed(DocumentDraft draft) {
        Set<DraftAction> allowed = EnumSet.noneOf(DraftAction.class);
        if (draft.processInstanceId() == null || draft.status().closed()) {
            return allowed;
        }
        for (CaseTask task : workflows.openTasks(draft.processInstanceId())) {
            if (!taskActions.mayAct(task.id())) {
                continue;
            }
            switch (task.key()) {
                case DraftTasks.DRAFT -> {
                    allowed.add(DraftAction.SUBMIT);
                    allowed.add(DraftAction.CANCEL);
                }
                case DraftTasks.REVIEW, DraftTasks.SECOND_REVIEW -> {
                    allowed.add(DraftAction.APPROVE);
                    allowed.add(DraftAction.RETURN);
                }
                case DraftTasks.SIGN_OFF -> {
                    allowed.add(DraftAction.SIGN_OFF);
                    allowed.add(DraftAction.RETURN);
                }
                case DraftTasks.ISSUE -> {
                    allowed.add(DraftAction.ISSUE);
                    allowed.add(DraftAction.RETURN);
                }
                default -> {
                }
            }
        }
        return allowed;
    }

    /** Whether one of the draft's steps waits for the user now: a substitute reads what they are to act on. */
    boolean waitsForUser(DocumentDraft draft) {
        return draft.processInstanceId() != null && !draft.status().closed()
                && workflows.openTasks(draft.processInstanceId()).stream().anyMatch(task -> taskActions.mayAct(task.id()));
    }

    void taken(Step step, DocumentDraft draft, DraftStatus before, Optional<String> actingFor, String comment) {
        events.publishEvent(new DraftStepTaken(step, draft.draftId(), draft.unitId(), draft.draftedBy(),
                draft.summary(), before, draft.status(), draft.revision(), actingFor.orElse(null), comment, draft.origin(),
                draft.document()));
    }

    private CaseTask task(DocumentDraft draft, String taskKey) {
        return workflows.openTasks(draft.processInstanceId()).stream()
                .filter(open -> open.key().equals(taskKey)).findFirst()
                .orElseThrow(() -> new RuleViolation("draft.error.notAllowedNow"));
    }
}
