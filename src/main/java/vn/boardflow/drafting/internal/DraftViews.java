package vn.boardflow.drafting.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DocumentDrafts.DraftSummary;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DraftAction;
import vn.boardflow.org.UserDirectory;

/** A draft as its screens show it to the signed-in user, with what they may do to it now. */
@Component
class DraftViews {

    private final IssuingBodies bodies;
    private final ReachableDrafts reachable;
    private final DraftSteps steps;
    private final UserDirectory users;

    DraftViews(IssuingBodies bodies, ReachableDrafts reachable, DraftSteps steps, UserDirectory users) {
        this.bodies = bodies;
        this.reachable = reachable;
        this.steps = steps;
        this.users = users;
    }

    DraftView of(DocumentDraft draft) {
        String bodyName = bodies.find(draft.issuingBodyId()).map(IssuingBodyView::nameOnOneLine).orElse("");
        String signer = draft.signedBy() == null ? null
                : users.fullNames(List.of(draft.signedBy())).getOrDefault(draft.signedBy(), draft.signedBy());
        return new DraftView(draft.draftId(), draft.issuingBodyId(), bodyName, draft.content(), draft.revision(),
                draft.draftedBy(), draft.updatedAt(), draft.version(), draft.origin(), draft.status(), draft.returnComment(),
                draft.signOff(signer), draft.document(), allowed(draft));
    }

    /** @param known the bodies the caller has already looked up, to name the draft's among them */
    DraftSummary summary(DocumentDraft draft, List<IssuingBodyView> known) {
        String bodyName = known.stream().filter(body -> body.id().equals(draft.issuingBodyId())).findFirst()
                .map(IssuingBodyView::nameOnOneLine).orElse("");
        return new DraftSummary(draft.draftId(), bodyName, draft.type(), draft.summary(), draft.revision(),
                draft.draftedBy(), draft.updatedAt(), draft.status());
    }

    private Set<DraftAction> allowed(DocumentDraft draft) {
        Set<DraftAction> allowed = steps.allowed(draft);
        boolean drafter = reachable.mayEdit(draft);
        if (drafter && draft.status().editable()) {
            allowed.add(DraftAction.EDIT);
        }
        if (drafter && draft.status().recallable()) {
            allowed.add(DraftAction.RECALL);
        }
        return allowed;
    }
}
