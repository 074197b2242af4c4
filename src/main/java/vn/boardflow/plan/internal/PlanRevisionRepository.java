package vn.boardflow.plan.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface PlanRevisionRepository extends Repository<PlanRevision, Long> {

    PlanRevision save(PlanRevision revision);

    List<PlanRevision> findTop2ByPlanIdOrderByRevisionDesc(long planId);
}
