package vn.boardflow.drafting.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentAttachments;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.Issuers.Issuer;
import vn.boardflow.document.Issuers;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.shared.RuleViolation;

/** Issues the version of a draft its leader signed off, under the body's heading on the clerk's date, with its files. */
@Component
class DraftIssue {

    private final Issuers issuers;
    private final DocumentIssuance issuance;
    private final DocumentAttachments attachments;
    private final DraftRevisionRepository revisions;
    private final DraftAttachmentRepository files;

    DraftIssue(Issuers issuers, DocumentIssuance issuance, DocumentAttachments attachments,
               DraftRevisionRepository revisions, DraftAttachmentRepository files) {
        this.issuers = issuers;
        this.issuance = issuance;
        this.attachments = attachments;
        this.revisions = revisions;
        this.files = files;
    }

    /** The signed text, and the files annexed to it, as one document in one transaction. */
    IssuedDocumentView issue(DocumentDraft draft, LocalDate issuedOn) {
        Issuer issuer = issuers.issuing(draft.issuingBodyId(), issuedOn);
        DraftContent signed = signedContent(draft);
        IssuedDocumentView issued = issuance.issue(DraftPrint.document(issuer.heading(signed.type(), signed.summary()),
                signed));
        files.findByDraftIdOrderByIdAsc(draft.draftId().value())
                .forEach(file -> attachments.attachAnnex(issued.id(), file.annex()));
        return issued;
    }

    DraftContent signedContent(DocumentDraft draft) {
        int revision = draft.revisionToIssue();
        return revisions.findByDraftIdAndRevision(draft.draftId().value(), revision).map(DraftRevision::content)
                .orElseThrow(() -> new RuleViolation("draft.error.notFound"));
    }
}
