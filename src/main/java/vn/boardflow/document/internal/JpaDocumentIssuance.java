package vn.boardflow.document.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentEvents.DocumentIssued;
import vn.boardflow.document.DocumentIssuance.Amendment;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.NumberingRegister.IssueNumber;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.StoredJson;

@Service
@Transactional
class JpaDocumentIssuance implements DocumentIssuance {

    private final IssuanceDrafts drafts;
    private final NumberingRegister register;
    private final RegisterEntryRepository entries;
    private final IssuedDocumentRepository documents;
    private final TemplateLibrary templates;
    private final DraftFormatCheck formatCheck;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaDocumentIssuance(IssuanceDrafts drafts, NumberingRegister register, RegisterEntryRepository entries,
                        IssuedDocumentRepository documents, TemplateLibrary templates, DraftFormatCheck formatCheck,
                        CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.register = register;
        this.entries = entries;
        this.documents = documents;
        this.templates = templates;
        this.formatCheck = formatCheck;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public IssuedDocumentView issue(IssueDocument command) {
        IssuanceDraft draft = drafts.checked(command);
        DocumentContent printed = draft.content();
        RegisterEntryView entry = register.issue(new IssueNumber(printed.body().id(), printed.type(), printed.date(),
                printed.summary(), printed.signerName(), printed.draftingUnit(), printed.recipients(),
                draft.noiNhan().copies(), draft.noiNhan().filedCopies()));
        DocumentContent content = printed.numbered(entry.symbol(), entry.summary());
        List<Recipient> recipients = command.distribution().recipients();
        Amendment amendment = command.amendment();
        String templateVersion = templates.activeVersion(content.type());
        byte[] file = formatCheck.issued(content, templateVersion);
        RegisterEntry registered = entries.getReferenceById(entry.id());
        registered.issuedAs(command.origin());
        IssuedDocument document = documents.save(new IssuedDocument(registered,
                StoredJson.write(content), templateVersion, recipients,
                amendment == null ? null : amendment.originalId(), amendment == null ? null : amendment.kind(),
                clock.instant(), currentUser.actor().username()));
        document.attach(file, clock.instant());
        events.publishEvent(new DocumentIssued(document.id(), printed.body().unitId(), entry.symbol(),
                entry.summary(), content.recipients().size(),
                recipients.stream().filter(Recipient::isUnit).map(Recipient::unitId).distinct().toList()));
        return document.view();
    }
}
