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
 * @param key         the line's number within its budget, kept through its versions, which advances and
 *                    settlements name; {@code 0} for a line not yet in a budget, which the budget numbers
 * @param indicatorId the plan's indicator the spending serves, {@code null} when none
 */
public record BudgetLine(int key, String activity, String itemCode, Money amount, Long indicatorId,
                         Map<Long, Money> allocations) {

    /** A new line, numbered by the budget it goes in. */
    public BudgetLine(String activity, String itemCode, Money amount, Long indicatorId, Map<Long, Money> allocations) {
        this(0, activity, itemCode, amount, indicatorId, allocations);
    }

    public BudgetLine {
        if (key < 0) {
            throw new IllegalArgumentException("a budget line's key is positive, or 0 for a new line");
        }
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

    /** The same line under the budget's number for it. */
    BudgetLine numbered(int number) {
        return new BudgetLine(number, activity, itemCode, amount, indicatorId, allocations);
    }

    /** Whether some wards were given part of it and the rest is still to be shared out. */
    public boolean partlyAllocated() {
        return !allocations.isEmpty() && !remaining().isZero();
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
