package vn.boardflow.document.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentAttachments;
import vn.boardflow.document.DocumentEvents.DocumentAttached;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.FileKind;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class JpaDocumentAttachments implements DocumentAttachments {

    private final DocumentAttachmentRepository attachments;
    private final ReadableDocuments readable;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaDocumentAttachments(DocumentAttachmentRepository attachments, ReadableDocuments readable, AccessPolicy access,
                           CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.attachments = attachments;
        this.readable = readable;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttachmentView> of(long documentId) {
        readable.readable(documentId);
        return attachments.viewsOf(documentId);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachedFile download(long attachmentId) {
        DocumentAttachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new RuleViolation("document.error.notFound"));
        readable.readable(attachment.documentId());
        return attachment.file();
    }

    @Override
    public AttachmentView attachSignedCopy(long documentId, String fileName, byte[] pdf) {
        UnitId unit = clerksUnit(documentId);
        String name = FileKind.cleanName(fileName, "ban-ky.pdf");
        FileKind kind = DocumentAttachments.signedCopyKind(name, pdf);
        List<DocumentAttachment> before = attachments.findByDocumentIdAndKind(documentId, Kind.SIGNED_COPY);
        attachments.deleteAll(before);
        return keep(new DocumentAttachment(documentId, Kind.SIGNED_COPY, kind.named(name), kind.contentType(), pdf,
                me(), clock.instant()), unit, !before.isEmpty());
    }

    @Override
    public AttachmentView attachAnnex(long documentId, AnnexFile file) {
        UnitId unit = clerksUnit(documentId);
        AnnexFile checked = AnnexFile.of(file.fileName(), file.bytes());
        return keep(new DocumentAttachment(documentId, Kind.ANNEX, checked.fileName(), checked.contentType(),
                checked.bytes(), me(), clock.instant()), unit, false);
    }

    private AttachmentView keep(DocumentAttachment attachment, UnitId unit, boolean replaced) {
        DocumentAttachment kept = attachments.saveAndFlush(attachment);
        events.publishEvent(new DocumentAttached(kept.documentId(), unit, kept.kind().name(), kept.fileName(), replaced));
        return attachments.viewsOf(kept.documentId()).stream().filter(view -> view.id() == kept.id()).findFirst()
                .orElseThrow();
    }

    private UnitId clerksUnit(long documentId) {
        UnitId unit = readable.unitOfBody(readable.readable(documentId));
        access.requireActsIn(Role.CLERK, unit);
        return unit;
    }

    private String me() {
        return currentUser.actor().username();
    }
}
