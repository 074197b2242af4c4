package vn.boardflow.drafting.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentAttachments.AnnexFile;
import vn.boardflow.document.DocumentAttachments.AttachedFile;
import vn.boardflow.drafting.DraftEvents.DraftFileChanged;
import vn.boardflow.drafting.DraftFiles;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class DraftFileService implements DraftFiles {

    private final DraftAttachmentRepository files;
    private final ReachableDrafts reachable;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftFileService(DraftAttachmentRepository files, ReachableDrafts reachable, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.reachable = reachable;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DraftFile> of(DraftId id) {
        reachable.readable(id);
        return files.rowsOf(id.value()).stream().map(DraftAttachmentRepository.Row::view).toList();
    }

    @Override
    public DraftFile attach(DraftId id, String fileName, byte[] bytes) {
        DocumentDraft draft = beingWritten(id);
        DraftAttachment kept = files.saveAndFlush(new DraftAttachment(draft, AnnexFile.of(fileName, bytes),
                currentUser.actor().username(), clock.instant()));
        events.publishEvent(new DraftFileChanged(id, draft.unitId(), kept.fileName(), true));
        return files.rowsOf(id.value()).stream().filter(row -> row.id() == kept.id()).findFirst().orElseThrow().view();
    }

    @Override
    @Transactional(readOnly = true)
    public AttachedFile download(long fileId) {
        DraftAttachment file = load(fileId);
        reachable.readable(DraftId.of(file.draftId()));
        return file.file();
    }

    @Override
    public void remove(long fileId) {
        DraftAttachment file = load(fileId);
        DocumentDraft draft = beingWritten(DraftId.of(file.draftId()));
        files.delete(file);
        events.publishEvent(new DraftFileChanged(draft.draftId(), draft.unitId(), file.fileName(), false));
    }

    /** Files change with the text: by its drafters, while it is written, never between sign-off and issue. */
    private DocumentDraft beingWritten(DraftId id) {
        DocumentDraft draft = reachable.editable(id);
        if (!draft.status().beingWritten()) {
            throw new RuleViolation("draft.error.filesFixed");
        }
        return draft;
    }

    private DraftAttachment load(long fileId) {
        return files.findById(fileId).orElseThrow(() -> new RuleViolation("draft.error.fileNotFound"));
    }
}
