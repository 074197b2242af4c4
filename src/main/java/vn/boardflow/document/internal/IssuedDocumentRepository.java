package vn.boardflow.document.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    List<IssuedDocument> findByAmendsIdOrderByIssuedAtAscIdAsc(long amendsId);
}
