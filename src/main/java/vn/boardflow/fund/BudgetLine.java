package vn.boardflow.fund;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * A khoản chi of a budget: the activity, its expense item, the amount, and each ward's allocation of it by the ward's
 * unit id; what the wards were given never exceeds the line.
 *
 * @param indicatorId the plan's indicator the spending serves, {@code null} when none
 */
public record BudgetLine(String activity, String itemCode, Money amount, Long indicatorId,
                         Map<Long, Money> allocations) {

    public BudgetLine {
        activity = activity == null ? "" : activity.strip();
        if (activity.isEmpty()) {
            throw new RuleViolation("fund.error.activityRequired");
        }
        if (itemCode == null || !itemCode.matches("\\d{4}")) {
            throw new RuleViolation("fund.error.itemRequired", activity);
        }
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw new RuleViolation("fund.error.amountPositive", activity);
        }
        TreeMap<Long, Money> kept = new TreeMap<>();
        for (Map.Entry<Long, Money> allocation : allocations == null ? Map.<Long, Money>of().entrySet()
                : allocations.entrySet()) {
            if (allocation.getValue() == null || allocation.getValue().isZero()) {
                continue;
            }
            if (allocation.getValue().isNegative()) {
                throw new RuleViolation("fund.error.allocationNegative", activity);
            }
            kept.put(allocation.getKey(), allocation.getValue());
        }
        allocations = Collections.unmodifiableMap(kept);
        Money allocated = kept.values().stream().reduce(Money.ZERO, Money::plus);
        if (allocated.exceeds(amount)) {
            throw new RuleViolation("fund.error.overAllocated", activity, allocated.display(), amount.display());
        }
    }

    public Money allocated() {
        return allocations.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** What is still to be given to the wards. */
    public Money remaining() {
        return amount.minus(allocated());
    }

    public Money allocationOf(UnitId ward) {
        return allocations.getOrDefault(ward.value(), Money.ZERO);
    }
}
