package vn.boardflow.drafting.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

/**
 * Loads a draft for what the user is about to do with it: the body's people read it (its drafting unit,
 * reviewers, signers and clerk), its drafters change it; a recipient unit sees nothing before issuance.
 */
@Component
class ReachableDrafts {

    private final DocumentDraftRepository drafts;
    private final AccessPolicy access;

    ReachableDrafts(DocumentDraftRepository drafts, AccessPolicy access) {
        this.drafts = drafts;
        this.access = access;
    }

    DocumentDraft readable(DraftId id) {
        return checkedReads(load(id));
    }

    DocumentDraft checkedReads(DocumentDraft draft) {
        access.requireActsIn(draft.unitId());
        return draft;
    }

    DocumentDraft editable(DraftId id) {
        DocumentDraft draft = load(id);
        access.requireActsIn(Role.DRAFTER, draft.unitId());
        return draft;
    }

    boolean mayEdit(DocumentDraft draft) {
        return access.can(Role.DRAFTER, draft.unitId());
    }

    private DocumentDraft load(DraftId id) {
        return drafts.findById(id.value()).orElseThrow(() -> new RuleViolation("draft.error.notFound"));
    }
}
