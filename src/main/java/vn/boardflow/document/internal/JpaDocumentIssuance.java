package vn.boardflow.document.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.DocumentIssuance.Amendment;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.NumberingRegister.IssueNumber;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
class JpaDocumentIssuance implements DocumentIssuance {

    private final IssuingBodyRepository bodies;
    private final NumberingRegister register;
    private final IssuedDocumentRepository documents;
    private final IncomingDocumentRepository incoming;
    private final DocumentRendering rendering;
    private final TemplateLibrary templates;
    private final DraftFormatCheck formatCheck;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    JpaDocumentIssuance(IssuingBodyRepository bodies, NumberingRegister register, IssuedDocumentRepository documents,
                        IncomingDocumentRepository incoming, DocumentRendering rendering, TemplateLibrary templates,
                        DraftFormatCheck formatCheck, AccessPolicy access, CurrentUser currentUser, AuditLog auditLog,
                        Clock clock) {
        this.bodies = bodies;
        this.register = register;
        this.documents = documents;
        this.incoming = incoming;
        this.rendering = rendering;
        this.templates = templates;
        this.formatCheck = formatCheck;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public IssuedDocumentView issue(IssueDocument command) {
        IssuingBodyView body = bodies.findById(command.heading().issuingBodyId())
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound")).view();
        access.requireActsIn(Role.CLERK, body.unitId());
        IssuanceDraft draft = IssuanceDraft.of(body, command);
        checkAmendment(command.amendment(), body);
        formatCheck.check(draft.content());

        DocumentContent printed = draft.content();
        RegisterEntryView entry = register.issue(new IssueNumber(body.id(), printed.type(), printed.date(),
                printed.summary(), printed.signerName(), printed.draftingUnit(), printed.recipients(),
                draft.noiNhan().copies(), draft.noiNhan().filedCopies()));
        DocumentContent content = printed.numbered(entry.symbol(), entry.summary());
        List<Recipient> recipients = command.distribution().recipients();
        Amendment amendment = command.amendment();
        IssuedDocument document = documents.save(new IssuedDocument(entry, content.signerName(),
                ContentJson.write(content), templates.activeVersion(content.type()), recipients,
                amendment == null ? null : amendment.originalId(), amendment == null ? null : amendment.kind(),
                clock.instant(), currentUser.actor().username()));
        recipients.stream().filter(Recipient::isUnit).map(Recipient::unitId).distinct()
                .forEach(unitId -> incoming.save(new IncomingDocument(document.id(), unitId, clock.instant())));
        auditLog.record(AuditRecord.of("document.issued", "IssuedDocument", document.id(), body.unitId(), null,
                Map.of("symbol", entry.symbol(), "summary", entry.summary(), "recipients", content.recipients().size())));
        rendering.afterCommit(document.id());
        return document.view();
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
        if (original.issuingBodyId() != body.id()) {
            throw new RuleViolation("issuance.error.originalOfAnotherBody");
        }
    }
}
