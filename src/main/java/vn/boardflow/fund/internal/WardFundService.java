package vn.boardflow.fund.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.Budgets.WardAllocation;
import vn.boardflow.fund.WardFunds;
import vn.boardflow.fund.internal.AllocationUse.Row;
import vn.boardflow.fund.internal.AllocationUse.Use;

/** The allocations the budgets read for the ward's officers, with what the ward's dossiers and advances count. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class WardFundService implements WardFunds {

    private final Budgets budgets;
    private final SettlementDossierRepository dossiers;

    WardFundService(Budgets budgets, SettlementDossierRepository dossiers) {
        this.budgets = budgets;
        this.dossiers = dossiers;
    }

    @Override
    public List<LineFunds> mine() {
        return budgets.allocationsToMyWards().stream().map(this::funds).toList();
    }

    private LineFunds funds(WardAllocation allocation) {
        Use use = AllocationUse.byAllocation(dossiers.amountsOf(allocation.budgetId().value(), allocation.lineKey(),
                        allocation.ward().unitId().value()).stream().map(Row::of).toList()).values().stream()
                .reduce(Use.NONE, Use::plus);
        return new LineFunds(allocation, use.pending(), use.settled(), use.advanced());
    }
}
