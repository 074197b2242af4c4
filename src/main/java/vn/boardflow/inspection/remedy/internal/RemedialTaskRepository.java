package vn.boardflow.inspection.remedy.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemedialTaskRepository extends JpaRepository<RemedialTask, Long> {

    List<RemedialTask> findByWardInspectionIdOrderByIdAsc(long wardInspectionId);

    List<RemedialTask> findByWardIdInOrderByDeadlineAscIdAsc(Collection<Long> wardIds);

    List<RemedialTask> findByRoundId(long roundId);
}
