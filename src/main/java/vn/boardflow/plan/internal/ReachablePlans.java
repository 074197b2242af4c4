package vn.boardflow.plan.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanId;
import vn.boardflow.shared.RuleViolation;

/** Loads a plan (or the body it is for) for what the user is about to do, refusing a user outside the body. */
@Component
class ReachablePlans {

    private final AnnualPlanRepository plans;
    private final IssuingBodies bodies;
    private final AccessPolicy access;

    ReachablePlans(AnnualPlanRepository plans, IssuingBodies bodies, AccessPolicy access) {
        this.plans = plans;
        this.bodies = bodies;
        this.access = access;
    }

    IssuingBodyView body(IssuingBodyId issuingBodyId) {
        return bodies.find(issuingBodyId).orElseThrow(() -> new RuleViolation("plan.error.bodyNotFound"));
    }

    /** The body, for a drafter of it. */
    IssuingBodyView draftedBody(IssuingBodyId issuingBodyId) {
        IssuingBodyView body = body(issuingBodyId);
        access.requireActsIn(Role.DRAFTER, body.unitId());
        return body;
    }

    /** For a step whose process task says who may take it. */
    AnnualPlan load(PlanId planId) {
        return plans.findById(planId.value()).orElseThrow(() -> new RuleViolation("plan.error.notFound"));
    }

    /** For anyone acting in the plan's body. */
    AnnualPlan reached(PlanId planId) {
        AnnualPlan plan = load(planId);
        access.requireActsIn(plan.unitId());
        return plan;
    }

    /** For a drafter of the plan's body. */
    AnnualPlan drafted(PlanId planId) {
        AnnualPlan plan = load(planId);
        access.requireActsIn(Role.DRAFTER, plan.unitId());
        return plan;
    }
}
