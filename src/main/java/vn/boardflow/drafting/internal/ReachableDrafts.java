package vn.boardflow.drafting.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * Loads a draft for what the user is about to do with it: the body's people read it (its drafting unit,
 * reviewers, signers and clerk), its drafters change it; a recipient unit sees nothing before issuance.
 */
@Component
class ReachableDrafts {

    private final DocumentDraftRepository drafts;
    private final IssuingBodies bodies;
    private final AccessPolicy access;
    private final DraftSteps steps;
    private final DraftOwners owners;

    ReachableDrafts(DocumentDraftRepository drafts, IssuingBodies bodies, AccessPolicy access, DraftSteps steps,
                    DraftOwners owners) {
        this.drafts = drafts;
        this.owners = owners;
        this.bodies = bodies;
        this.access = access;
        this.steps = steps;
    }

    /** The body, for one of its drafters about to start a draft (of a feature's record, for {@code origin}). */
    IssuingBodyView bodyToDraftFor(IssuingBodyId issuingBodyId, DraftOrigin origin) {
        IssuingBodyView body = bodies.find(issuingBodyId)
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        AccessPolicy.require(drafts(body.unitId(), origin));
        return body;
    }

    DocumentDraft readable(DraftId id) {
        return checkedReads(load(id));
    }

    /** The body's people, and whoever one of its steps waits for: a substitute from elsewhere reads what they sign. */
    DocumentDraft checkedReads(DocumentDraft draft) {
        AccessPolicy.require(access.canActIn(draft.unitId()) || steps.waitsForUser(draft));
        return draft;
    }

    DocumentDraft editable(DraftId id) {
        DocumentDraft draft = load(id);
        AccessPolicy.require(mayEdit(draft));
        return draft;
    }

    boolean mayEdit(DocumentDraft draft) {
        return drafts(draft.unitId(), draft.origin());
    }

    private boolean drafts(UnitId unitId, DraftOrigin origin) {
        return owners.draftingRoles(origin).stream().anyMatch(role -> access.can(role, unitId));
    }

    /** For a step whose process task says who may take it. */
    DocumentDraft load(DraftId id) {
        return drafts.findById(id.value()).orElseThrow(() -> new RuleViolation("draft.error.notFound"));
    }
}
