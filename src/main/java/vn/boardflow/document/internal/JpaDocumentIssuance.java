package vn.boardflow.document.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.FormatCheck;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NoiNhan;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.NumberingRegister.IssueNumber;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
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
    private final WordDocumentRenderer renderer;
    private final FormatCheck formatCheck;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    JpaDocumentIssuance(IssuingBodyRepository bodies, NumberingRegister register, IssuedDocumentRepository documents,
                        IncomingDocumentRepository incoming, DocumentRendering rendering, TemplateLibrary templates,
                        WordDocumentRenderer renderer, FormatCheck formatCheck, AccessPolicy access,
                        CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.bodies = bodies;
        this.register = register;
        this.documents = documents;
        this.incoming = incoming;
        this.rendering = rendering;
        this.templates = templates;
        this.renderer = renderer;
        this.formatCheck = formatCheck;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public IssuedDocumentView issue(IssueDocument command) {
        IssuingBodyView body = bodies.findById(command.issuingBodyId())
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound")).view();
        access.requireActsIn(Role.CLERK, body.unitId());
        SigningAuthority authority = command.signerTitle() != null
                ? new SigningAuthority(SigningForm.OWN, "", command.signerTitle().strip())
                : body.signingAuthorities().stream()
                .filter(candidate -> candidate.form() == command.signingForm()).findFirst()
                .orElseThrow(() -> new RuleViolation("issuance.error.signingFormUnknown"));
        if (command.signerName() == null || command.signerName().isBlank()) {
            throw new RuleViolation("register.error.signerRequired");
        }
        checkAmendment(command, body);
        List<Recipient> recipients = command.recipients() == null ? List.of() : command.recipients();
        boolean addressed = command.addressee() != null && !command.addressee().isBlank();
        NoiNhan noiNhan = NoiNhan.of(body.profile(), addressed, recipients, command.draftingUnit());
        List<String> lines = noiNhan.lines();

        checkFormat(body, command, addressed, authority, lines);

        RegisterEntryView entry = register.issue(new IssueNumber(body.id(), command.type(), command.issuedOn(),
                command.summary(), command.signerName().strip(), command.draftingUnit(), lines,
                noiNhan.copies(), noiNhan.filedCopies()));
        DocumentContent content = new DocumentContent(body, command.type(), entry.symbol(), command.draftingUnit(),
                command.issuedOn(), entry.summary(), addressed ? command.addressee().strip() : null,
                orEmpty(command.legalBases()), command.preamble(), orEmpty(command.blocks()), command.closing(),
                authority, command.signerName().strip(), lines, command.countersignature());
        IssuedDocument document = documents.save(new IssuedDocument(entry, command.signerName().strip(),
                ContentJson.write(content), templates.activeVersion(command.type()), recipients, command.amends(),
                command.amendmentKind(), clock.instant(), currentUser.actor().username()));
        recipients.stream().filter(Recipient::isUnit).map(Recipient::unitId).distinct()
                .forEach(unitId -> incoming.save(new IncomingDocument(document.id(), unitId, clock.instant())));
        auditLog.record(AuditRecord.of("document.issued", "IssuedDocument", document.id(), body.unitId(), null,
                Map.of("symbol", entry.symbol(), "summary", entry.summary(), "recipients", lines.size())));
        rendering.afterCommit(document.id());
        return document.view();
    }

    /**
     * Kiểm tra thể thức on the draft, before a number is spent on it: a template that breaks the rules
     * (an uploaded one, say) stops the issuance with the first rule it breaks.
     */
    private void checkFormat(IssuingBodyView body, IssueDocument command, boolean addressed, SigningAuthority authority,
                             List<String> lines) {
        DocumentContent draft = new DocumentContent(body, command.type(), null, command.draftingUnit(),
                command.issuedOn(), command.summary(), addressed ? command.addressee().strip() : null,
                orEmpty(command.legalBases()), command.preamble(), orEmpty(command.blocks()), command.closing(),
                authority, command.signerName().strip(), lines, command.countersignature());
        byte[] rendered = renderer.render(templates.template(command.type(), templates.activeVersion(command.type())),
                draft);
        formatCheck.check(rendered, body.profile(), true).stream().findFirst().ifPresent(finding -> {
            throw new RuleViolation(finding.messageKey(), finding.line());
        });
    }

    private void checkAmendment(IssueDocument command, IssuingBodyView body) {
        if (command.amends() == null) {
            return;
        }
        if (command.amendmentKind() == null) {
            throw new RuleViolation("issuance.error.amendmentKindRequired");
        }
        IssuedDocument original = documents.findById(command.amends())
                .orElseThrow(() -> new RuleViolation("issuance.error.originalNotFound"));
        if (original.issuingBodyId() != body.id()) {
            throw new RuleViolation("issuance.error.originalOfAnotherBody");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
