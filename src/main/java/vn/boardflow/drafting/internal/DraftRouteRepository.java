package vn.boardflow.drafting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boardflow.document.DocumentType;

interface DraftRouteRepository extends JpaRepository<DraftRouteSetting, Long> {

    List<DraftRouteSetting> findByIssuingBodyId(long issuingBodyId);

    Optional<DraftRouteSetting> findByIssuingBodyIdAndType(long issuingBodyId, DocumentType type);
}
