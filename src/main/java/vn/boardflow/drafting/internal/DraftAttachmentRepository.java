package vn.boardflow.drafting.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.drafting.DraftFiles.DraftFile;
import vn.boardflow.drafting.DraftId;

interface DraftAttachmentRepository extends JpaRepository<DraftAttachment, Long> {

    @Query("""
            select new vn.boardflow.drafting.internal.DraftAttachmentRepository$Row(a.id, a.draftId, a.fileName,
                a.contentType, a.sizeBytes, a.attachedBy, a.attachedAt)
            from DraftAttachment a where a.draftId = :draftId order by a.id""")
    List<Row> rowsOf(long draftId);

    List<DraftAttachment> findByDraftIdOrderByIdAsc(long draftId);

    /** A file without its bytes, for lists. */
    record Row(long id, long draftId, String fileName, String contentType, long sizeBytes, String attachedBy,
               Instant attachedAt) {

        DraftFile view() {
            return new DraftFile(id, DraftId.of(draftId), fileName, contentType, sizeBytes, attachedBy, attachedAt);
        }
    }
}
