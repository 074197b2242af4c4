package vn.boardflow.plan;

import java.util.List;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.shared.RuleViolation;

/**
 * Whether the wards' shares add up to the city's targets. The allocation grid shows the same figures as
 * the drafter types, and submission refuses a plan whose shares do not add up.
 */
public final class TargetBalance {

    private TargetBalance() {
    }

    /** An allocated indicator whose ward shares do not add up to the city's value. */
    public record Imbalance(String indicator, String unitOfMeasure, long cityValue, long wardTotal) {

        /** Positive when the wards were given more than the city's value, negative when less. */
        public long difference() {
            return wardTotal - cityValue;
        }
    }

    public static List<Imbalance> imbalances(List<TargetLine> targets) {
        return targets.stream().filter(TargetLine::allocated).filter(line -> line.remaining() != 0)
                .map(line -> new Imbalance(line.indicator(), line.unitOfMeasure(), line.cityValue(), line.wardTotal()))
                .toList();
    }

    /** Refuses targets a plan cannot be submitted with, naming the first indicator that is off and by how much. */
    public static void check(List<TargetLine> targets) {
        for (TargetLine line : targets) {
            if (line.cityValue() < 0 || line.wardShares().values().stream().anyMatch(share -> share < 0)) {
                throw new RuleViolation("plan.error.negativeTarget", line.indicator());
            }
        }
        List<Imbalance> off = imbalances(targets);
        if (!off.isEmpty()) {
            Imbalance first = off.getFirst();
            throw new RuleViolation(first.difference() < 0 ? "plan.error.wardsShort" : "plan.error.wardsOver",
                    first.indicator(), first.wardTotal(), Math.abs(first.difference()), first.unitOfMeasure(),
                    first.cityValue(), off.size() - 1);
        }
    }
}
