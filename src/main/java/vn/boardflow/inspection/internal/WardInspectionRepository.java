package vn.boardflow.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WardInspectionRepository extends JpaRepository<WardInspection, Long> {

    List<WardInspection> findByRoundIdOrderByVisitDateAscIdAsc(long roundId);
}
