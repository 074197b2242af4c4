package vn.boardflow.inspection.evidence.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<EvidenceRow> findByWardInspectionIdOrderByIdAsc(long wardInspectionId);
}
