package vn.boardflow.document.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncomingDocumentRepository extends JpaRepository<IncomingDocument, Long> {

    List<IncomingDocument> findByDocumentIdOrderByUnitId(long documentId);

    @Query("""
            select i from IncomingDocument i where i.unitId in :units and (:unreadOnly = false or i.readAt is null)
            order by i.receivedAt desc, i.id desc""")
    List<IncomingDocument> findFor(Collection<Long> units, boolean unreadOnly, Pageable page);

    @Query("""
            select count(i) from IncomingDocument i where i.unitId in :units and (:unreadOnly = false or i.readAt is null)""")
    long countFor(Collection<Long> units, boolean unreadOnly);
}
