package vn.boardflow.fund;

import java.util.List;
import vn.boardflow.fund.Budgets.WardAllocation;
import vn.boardflow.shared.Money;

/** A ward's funds line by line, as its officers follow them: what was given, what is on its way, what is settled. */
public interface WardFunds {

    /** The user's wards' allocations from issued budgets, the newest year first, each with its dossiers' sums. */
    List<LineFunds> mine();

    /**
     * @param pending what the ward's dossiers sent and not yet approved ask
     * @param settled what the approved ones were approved for
     * @param advanced what the ward holds of advances paid and not yet settled
     */
    record LineFunds(WardAllocation allocation, Money pending, Money settled, Money advanced) {

        public Money remaining() {
            return allocation.allocated().minus(pending).minus(settled).minus(advanced);
        }
    }
}
