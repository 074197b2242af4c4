package vn.boardflow.plan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.Organisation;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanTrail;
import vn.boardflow.shared.ContentChanges.Change;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.Workflows;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class PlanTrailService implements PlanTrail {

    private final ReachablePlans reachable;
    private final PlanRevisionRepository revisions;
    private final PlanHistory history;
    private final Organisation organisation;
    private final Workflows workflows;

    PlanTrailService(ReachablePlans reachable, PlanRevisionRepository revisions, PlanHistory history,
                     Organisation organisation, Workflows workflows) {
        this.reachable = reachable;
        this.revisions = revisions;
        this.history = history;
        this.organisation = organisation;
        this.workflows = workflows;
    }

    @Override
    public List<PlanEvent> history(PlanId planId) {
        reachable.reached(planId);
        return history.of(planId.value());
    }

    @Override
    public List<Change> changesSincePreviousSubmission(PlanId planId) {
        AnnualPlan plan = reachable.reached(planId);
        List<PlanRevision> latest = revisions.findTop2ByPlanIdOrderByRevisionDesc(planId.value());
        if (latest.size() < 2) {
            return List.of();
        }
        Map<Long, String> wardNames = new LinkedHashMap<>();
        PlanWards.of(organisation.today(), plan.unitId()).forEach(ward -> wardNames.put(ward.unitId().value(), ward.name()));
        return PlanDiff.between(latest.get(1).content(), latest.get(0).content(), wardNames);
    }

    @Override
    public byte[] diagram(PlanId planId) {
        AnnualPlan plan = reachable.reached(planId);
        if (plan.processInstanceId() == null) {
            throw new RuleViolation("plan.error.noProcess");
        }
        return workflows.diagram(plan.processInstanceId());
    }
}
