package vn.boardflow.document.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.document.DocumentAttachments.AttachmentView;
import vn.boardflow.document.DocumentAttachments.Kind;

interface DocumentAttachmentRepository extends JpaRepository<DocumentAttachment, Long> {

    @Query("""
            select new vn.boardflow.document.DocumentAttachments$AttachmentView(a.id, a.documentId, a.kind, a.fileName,
                a.contentType, a.sizeBytes, a.attachedBy, a.attachedAt)
            from DocumentAttachment a where a.documentId = :documentId order by a.kind, a.id""")
    List<AttachmentView> viewsOf(long documentId);

    List<DocumentAttachment> findByDocumentIdAndKind(long documentId, Kind kind);
}
