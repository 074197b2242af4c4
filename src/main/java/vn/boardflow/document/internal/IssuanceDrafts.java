package vn.boardflow.document.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentIssuance.Amendment;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

/**
 * Everything checked before a number is taken: the body's records clerk issues, the signature is one the
 * body knows, and what is amended is the body's own document. The format check reads the numbered document
 * ({@link DraftFormatCheck#issued}) in the same transaction.
 */
@Component
class IssuanceDrafts {

    private final IssuingBodyRepository bodies;
    private final IssuedDocumentRepository documents;
    private final AccessPolicy access;

    IssuanceDrafts(IssuingBodyRepository bodies, IssuedDocumentRepository documents, AccessPolicy access) {
        this.bodies = bodies;
        this.documents = documents;
        this.access = access;
    }

    IssuanceDraft checked(IssueDocument command) {
        IssuingBodyView body = bodies.view(command.heading().issuingBodyId());
        access.requireActsIn(Role.CLERK, body.unitId());
        IssuanceDraft draft = IssuanceDraft.of(body, command);
        checkAmendment(command.amendment(), body);
        return draft;
    }

    private void checkAmendment(Amendment amendment, IssuingBodyView body) {
        if (amendment == null) {
            return;
        }
        if (amendment.kind() == null) {
            throw new RuleViolation("issuance.error.amendmentKindRequired");
        }
        IssuedDocument original = documents.findById(amendment.originalId())
                .orElseThrow(() -> new RuleViolation("issuance.error.originalNotFound"));
        if (original.issuingBodyId() != body.id().value()) {
            throw new RuleViolation("issuance.error.originalOfAnotherBody");
        }
    }
}
