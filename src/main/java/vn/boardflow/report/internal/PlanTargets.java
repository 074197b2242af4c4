package vn.boardflow.report.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.IssuedTargets.YearTargets;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.report.FormField;

/** The annual value of each of a form's target fields in the body's issued plan: the body's, or a unit's share. */
final class PlanTargets {

    private PlanTargets() {
    }

    /** The body's values; none without an issued plan. */
    static Map<String, Long> ofBody(List<FormField> fields, YearTargets plan) {
        Map<String, Long> values = new HashMap<>();
        if (plan != null) {
            fields.stream().filter(field -> field.kind() == FormField.Kind.TARGET)
                    .forEach(field -> plan.line(field.indicatorId())
                            .ifPresent(line -> values.put(field.key(), line.cityValue())));
        }
        return values;
    }

    /** The unit's shares, where the plan allocates the target to the unit. */
    static Map<String, Long> ofUnit(List<FormField> fields, YearTargets plan, UnitId unitId) {
        Map<String, Long> shares = new HashMap<>();
        if (plan != null) {
            fields.stream().filter(field -> field.kind() == FormField.Kind.TARGET)
                    .forEach(field -> plan.line(field.indicatorId()).filter(TargetLine::allocated)
                            .filter(line -> line.wardShares().containsKey(unitId.value()))
                            .ifPresent(line -> shares.put(field.key(), line.shareOf(unitId))));
        }
        return shares;
    }
}
