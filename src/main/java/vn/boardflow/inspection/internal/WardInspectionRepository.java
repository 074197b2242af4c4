package vn.boardflow.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.inspection.WardInspections.WardStatus;

interface WardInspectionRepository extends JpaRepository<WardInspection, Long> {

    List<WardInspection> findByRoundIdOrderByVisitDateAscIdAsc(long roundId);

    List<WardInspection> findByWardIdAndStatusOrderByVisitDateDescIdDesc(long wardId, WardStatus status);

    long countByRoundIdAndStatusNot(long roundId, WardStatus status);

    @Query("select w from WardInspection w join w.inspectors inspector where inspector = :username order by w.visitDate, w.id")
    List<WardInspection> assignedTo(String username);
}
