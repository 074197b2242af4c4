package vn.boardflow.drafting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken.Step;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftRoute;
import vn.boardflow.drafting.DraftRoutes;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.Workflows.CaseTask;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class DraftApprovalService implements DraftApproval {

    private final ReachableDrafts reachable;
    private final DraftRoutes routes;
    private final DraftSteps steps;
    private final DraftPrint print;
    private final DraftIssue draftIssue;
    private final DraftOwners owners;
    private final CurrentUser currentUser;
    private final Clock clock;

    DraftApprovalService(ReachableDrafts reachable, DraftRoutes routes, DraftSteps steps, DraftPrint print,
                         DraftIssue draftIssue, DraftOwners owners, CurrentUser currentUser, Clock clock) {
        this.reachable = reachable;
        this.routes = routes;
        this.steps = steps;
        this.print = print;
        this.draftIssue = draftIssue;
        this.owners = owners;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void submit(DraftId id, long version) {
        DocumentDraft draft = reachable.editable(id);
        draft.checkVersion(version);
        owners.checkSubmittable(draft);
        DraftStatus before = draft.status();
        DraftRoute route = routes.of(draft.issuingBodyId(), draft.type());
        draft.submit(route);
        steps.taken(Step.SUBMITTED, draft, before, steps.complete(draft, DraftTasks.DRAFT, DraftTasks.SUBMIT,
                Map.of(DraftTasks.REVIEW_STEPS, route.reviewSteps(), DraftTasks.LEADER_SIGNS, route.leaderSigns())),
                null);
    }

    @Override
    public void recall(DraftId id) {
        DocumentDraft draft = reachable.editable(id);
        DraftStatus before = draft.status();
        draft.recall();
        steps.recall(draft);
        steps.taken(Step.RECALLED, draft, before, Optional.empty(), null);
    }

    @Override
    public void cancel(DraftId id, String reason) {
        requireComment(reason);
        DocumentDraft draft = reachable.editable(id);
        DraftStatus before = draft.status();
        draft.cancel();
        steps.taken(Step.CANCELLED, draft, before, steps.complete(draft, DraftTasks.DRAFT, DraftTasks.CANCEL), reason);
    }

    @Override
    public void approve(DraftId id, String comment) {
        DocumentDraft draft = reachable.load(id);
        CaseTask task = steps.mayTake(draft, DraftTasks.waitingAt(draft));
        if (draft.approvalSigns()) {
            requirePasses(draft);
        }
        DraftStatus before = draft.status();
        draft.approve(me(), clock.instant());
        Step step = draft.status() == DraftStatus.AWAITING_ISSUANCE ? Step.SIGNED : Step.APPROVED;
        steps.taken(step, draft, before, steps.complete(task, DraftTasks.APPROVE), comment);
    }

    @Override
    public void returnToDrafter(DraftId id, String comment) {
        requireComment(comment);
        DocumentDraft draft = reachable.load(id);
        CaseTask task = steps.mayTake(draft, DraftTasks.waitingAt(draft));
        DraftStatus before = draft.status();
        draft.returnToDrafter(comment);
        steps.taken(Step.RETURNED, draft, before, steps.complete(task, DraftTasks.RETURN), comment);
    }

    @Override
    public void signOff(DraftId id, int revision, String comment) {
        DocumentDraft draft = reachable.load(id);
        CaseTask task = steps.mayTake(draft, DraftTasks.SIGN_OFF);
        if (revision == draft.revision()) {
            requirePasses(draft);
        }
        DraftStatus before = draft.status();
        draft.signOff(revision, me(), clock.instant());
        steps.taken(Step.SIGNED, draft, before, steps.complete(task, DraftTasks.APPROVE), comment);
    }

    @Override
    public IssuedDocumentView issue(DraftId id, LocalDate issuedOn) {
        DocumentDraft draft = reachable.load(id);
        CaseTask task = steps.mayTake(draft, DraftTasks.ISSUE);
        IssuedDocumentView document = draftIssue.issue(draft, issuedOn);
        DraftStatus before = draft.status();
        draft.issued(document.ref());
        steps.taken(Step.ISSUED, draft, before, steps.complete(task, DraftTasks.APPROVE), document.symbol());
        return document;
    }

    /** Nothing is signed that the format check finds fault with. */
    private void requirePasses(DocumentDraft draft) {
        if (!print.preview(draft).passes()) {
            throw new RuleViolation("draft.error.formatFindings");
        }
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("draft.error.reasonRequired");
        }
    }

    private String me() {
        return currentUser.actor().username();
    }
}
