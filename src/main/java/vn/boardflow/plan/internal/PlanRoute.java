package vn.boardflow.plan.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.DraftOwner;
import vn.boardflow.drafting.FeatureDrafts;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.RuleViolation;

/**
 * The plan's side of the document route: its draft, opened with the plan and written again at each save as the
 * Kế hoạch will print; the plan's own rules asked before the draft is sent, from whichever page; and the plan
 * following each step its draft takes, in the same transaction.
 */
@Component
class PlanRoute implements DraftOwner {

    static final String FEATURE = "plan";

    private final AnnualPlanRepository plans;
    private final FeatureDrafts drafts;
    private final Organisation organisation;

    PlanRoute(AnnualPlanRepository plans, FeatureDrafts drafts, Organisation organisation) {
        this.plans = plans;
        this.drafts = drafts;
        this.organisation = organisation;
    }

    /** The plan as it stands, as its draft's next version (its first, for a plan without one). */
    void carry(AnnualPlan plan) {
        DraftContent content = PlanDocument.draft(plan.year(), plan.content(),
                PlanWards.of(organisation.today(), plan.unitId()));
        if (plan.draftId() == null) {
            plan.draftedAs(drafts.open(new DraftOrigin(FEATURE, plan.id(), "plans/" + plan.id()), plan.issuingBodyId(),
                    content));
        } else {
            drafts.write(plan.draftId(), content);
        }
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public void checkSubmittable(long planId) {
        plans.findById(planId).orElseThrow(() -> new RuleViolation("plan.error.notFound")).checkSubmittable();
    }

    @EventListener
    void on(DraftStepTaken step) {
        if (step.of(FEATURE)) {
            plans.findById(step.origin().subjectId()).ifPresent(plan -> plan.followed(step.after(), step.document()));
        }
    }
}
