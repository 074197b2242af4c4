package vn.boardflow.fund.internal;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.fund.SettlementFiles;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.Settlements.AttachedFile;
import vn.boardflow.fund.Settlements.Attachment;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.RuleViolation;

/** Files kept with the vouchers they prove, changed only while the ward writes the dossier. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class SettlementFileService implements SettlementFiles {

    private final SettlementAttachmentRepository attachments;
    private final SettlementAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    SettlementFileService(SettlementAttachmentRepository attachments, SettlementAccess access, CurrentUser currentUser,
                          Clock clock) {
        this.attachments = attachments;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Attachment attach(SettlementId id, int voucherNo, String fileName, byte[] bytes) {
        SettlementDossier dossier = writing(id);
        if (dossier.content().voucher(voucherNo).isEmpty()) {
            throw new RuleViolation("settlement.error.voucherNotFound");
        }
        SettlementAttachment kept = attachments.save(new SettlementAttachment(id.value(), voucherNo,
                EvidenceFiles.accept(fileName, bytes), currentUser.actor().username(), clock.instant()));
        return attachments.findByDossierIdOrderByIdAsc(id.value()).stream()
                .filter(attachment -> attachment.id() == kept.id()).findFirst().orElseThrow();
    }

    @Override
    public void detach(SettlementId id, long attachmentId) {
        writing(id);
        SettlementAttachment attachment = attachments.findById(attachmentId)
                .filter(found -> found.dossierId() == id.value())
                .orElseThrow(() -> new RuleViolation("settlement.error.attachmentNotFound"));
        attachments.delete(attachment);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachedFile file(long attachmentId) {
        SettlementAttachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new RuleViolation("settlement.error.attachmentNotFound"));
        access.readable(SettlementId.of(attachment.dossierId()));
        return new AttachedFile(attachment.fileName(), attachment.contentType(), attachment.content());
    }

    private SettlementDossier writing(SettlementId id) {
        SettlementDossier dossier = access.writable(id);
        if (!dossier.status().beingWritten()) {
            throw new RuleViolation("settlement.error.notWritable");
        }
        return dossier;
    }
}
