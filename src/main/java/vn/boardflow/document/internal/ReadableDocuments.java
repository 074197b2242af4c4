package vn.boardflow.document.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.document.Recipient;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * Who reads an issued document, and what comes with it: the issuing body's people, and the members of its
 * recipient units; nobody else learns it exists.
 */
@Component
class ReadableDocuments {

    private final IssuedDocumentRepository documents;
    private final IssuingBodyRepository bodies;
    private final AccessPolicy access;

    ReadableDocuments(IssuedDocumentRepository documents, IssuingBodyRepository bodies, AccessPolicy access) {
        this.documents = documents;
        this.bodies = bodies;
        this.access = access;
    }

    IssuedDocument readable(long id) {
        return documents.findById(id).filter(this::mayRead)
                .orElseThrow(() -> new RuleViolation("document.error.notFound"));
    }

    boolean mayRead(IssuedDocument document) {
        if (access.canActIn(unitOfBody(document))) {
            return true;
        }
        Set<UnitId> own = access.ownUnits();
        return document.recipients().stream().filter(Recipient::isUnit).anyMatch(r -> own.contains(r.unitId()));
    }

    UnitId unitOfBody(IssuedDocument document) {
        return bodies.findById(document.issuingBodyId()).map(IssuingBody::unitId).orElseThrow();
    }
}
