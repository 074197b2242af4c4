package vn.boardflow.drafting.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.Issuers.Issuer;
import vn.boardflow.document.Issuers;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.shared.RuleViolation;

/** Issues the version of a draft its leader signed off, under the body's heading on the clerk's date. */
@Component
class DraftIssue {

    private final Issuers issuers;
    private final DocumentIssuance issuance;
    private final DraftRevisionRepository revisions;

    DraftIssue(Issuers issuers, DocumentIssuance issuance, DraftRevisionRepository revisions) {
        this.issuers = issuers;
        this.issuance = issuance;
        this.revisions = revisions;
    }

    IssuedDocumentView issue(DocumentDraft draft, LocalDate issuedOn) {
        Issuer issuer = issuers.issuing(draft.issuingBodyId(), issuedOn);
        DraftContent signed = signedContent(draft);
        return issuance.issue(DraftPrint.document(issuer.heading(signed.type(), signed.summary()), signed));
    }

    DraftContent signedContent(DocumentDraft draft) {
        int revision = draft.revisionToIssue();
        return revisions.findByDraftIdAndRevision(draft.draftId().value(), revision).map(DraftRevision::content)
                .orElseThrow(() -> new RuleViolation("draft.error.notFound"));
    }
}
