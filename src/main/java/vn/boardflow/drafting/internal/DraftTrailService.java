package vn.boardflow.drafting.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftTrail;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.Workflows;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class DraftTrailService implements DraftTrail {

    private final ReachableDrafts reachable;
    private final DraftHistory history;
    private final Workflows workflows;

    DraftTrailService(ReachableDrafts reachable, DraftHistory history, Workflows workflows) {
        this.reachable = reachable;
        this.history = history;
        this.workflows = workflows;
    }

    @Override
    public List<DraftStep> history(DraftId id) {
        reachable.readable(id);
        return history.of(id.value());
    }

    @Override
    public byte[] diagram(DraftId id) {
        DocumentDraft draft = reachable.readable(id);
        if (draft.processInstanceId() == null) {
            throw new RuleViolation("draft.error.noProcess");
        }
        return workflows.diagram(draft.processInstanceId());
    }
}
