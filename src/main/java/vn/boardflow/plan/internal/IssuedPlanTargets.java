package vn.boardflow.plan.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.plan.IssuedTargets;

@Service
@Transactional(readOnly = true)
class IssuedPlanTargets implements IssuedTargets {

    private final AnnualPlanRepository plans;

    IssuedPlanTargets(AnnualPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<YearTargets> of(IssuingBodyId issuingBodyId, int year) {
        return plans.current(issuingBodyId.value(), year).stream()
                .filter(plan -> plan.status() == DraftStatus.ISSUED)
                .findFirst()
                .map(plan -> new YearTargets(plan.planId(), plan.year(), plan.documentSymbol(), plan.content().targets()));
    }
}
