package vn.boardflow.drafting;

import java.time.Instant;
import java.util.List;
import vn.boardflow.document.DocumentAttachments.AttachedFile;

/**
 * Annexes a drafter keeps with a draft as Word or PDF files (a programme drawn up elsewhere, a table of names),
 * issued with it and kept with the issued document. Added and removed only while the draft is being written, so
 * what the leader signs off is what is issued.
 */
public interface DraftFiles {

    /** In the order they were attached. */
    List<DraftFile> of(DraftId id);

    DraftFile attach(DraftId id, String fileName, byte[] bytes);

    AttachedFile download(long fileId);

    void remove(long fileId);

    record DraftFile(long id, DraftId draftId, String fileName, String contentType, long sizeBytes, String attachedBy,
                     Instant attachedAt) {
    }
}
