package vn.boardflow.fund.internal;

import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.document.Issuers;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.DraftOwner;
import vn.boardflow.drafting.FeatureDrafts;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.plan.IssuedTargets;
import vn.boardflow.plan.IssuedTargets.YearTargets;
import vn.boardflow.shared.RuleViolation;

/**
 * The budget's side of the document route: its Quyết định phân bổ kinh phí drafted from its lines, written again at
 * each save while the draft may change; the budget's own rule asked before the draft goes on (no line left partly
 * shared out); and the budget following each step its draft takes, in the same transaction. The accountant drafts
 * it, as the body's drafters may.
 */
@Component
class BudgetRoute implements DraftOwner {

    static final String FEATURE = "budget";

    private final BudgetRepository budgets;
    private final FeatureDrafts drafts;
    private final Issuers issuers;
    private final IssuedTargets plans;
    private final Organisation organisation;

    BudgetRoute(BudgetRepository budgets, FeatureDrafts drafts, Issuers issuers, IssuedTargets plans,
                Organisation organisation) {
        this.budgets = budgets;
        this.drafts = drafts;
        this.issuers = issuers;
        this.plans = plans;
        this.organisation = organisation;
    }

    /** The decision's draft of the budget as it stands: a new one, or the next version of the one on its way. */
    void draft(Budget budget) {
        if (budget.content().lines().isEmpty()) {
            throw new RuleViolation("fund.error.nothingToDecide");
        }
        if (budget.needsDraft()) {
            budget.draftedAs(drafts.open(new DraftOrigin(FEATURE, budget.budgetId().value(),
                    "funds/budget/" + budget.budgetId()), budget.issuingBodyId(), content(budget)));
        } else {
            drafts.write(budget.draftId(), content(budget));
        }
    }

    /** A saved budget whose decision is being written carries the change into its draft. */
    void carry(Budget budget) {
        if (!budget.needsDraft() && budget.status().editable()) {
            drafts.write(budget.draftId(), content(budget));
        }
    }

    private DraftContent content(Budget budget) {
        List<Ward> wards = BodyWards.of(organisation.today(), budget.unitId());
        String planSymbol = plans.of(budget.issuingBodyId(), budget.year()).map(YearTargets::documentSymbol)
                .orElse(null);
        return BudgetDecision.draft(new BudgetDecision.Facts(budget.year(), organisation.today().nameOf(budget.unitId()),
                budget.content(), planSymbol, budget.decision(), wards), issuers.headOf(budget.issuingBodyId()));
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public Set<Role> draftingRoles() {
        return Set.of(Role.DRAFTER, Role.ACCOUNTANT);
    }

    @Override
    public void checkSubmittable(long budgetId) {
        Budget budget = budgets.findById(budgetId).orElseThrow(() -> new RuleViolation("fund.error.budgetNotFound"));
        for (BudgetLine line : budget.content().lines()) {
            if (line.partlyAllocated()) {
                throw new RuleViolation("fund.error.partlyAllocated", line.activity(), line.remaining().display());
            }
        }
    }

    @EventListener
    void on(DraftStepTaken step) {
        if (step.of(FEATURE)) {
            budgets.findById(step.origin().subjectId())
                    .ifPresent(budget -> budget.followed(step.after(), step.document()));
        }
    }
}
