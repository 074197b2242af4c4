package vn.boardflow.plan;

import java.util.Optional;
import vn.boardflow.plan.PlanId;

/**
 * Which annual plan: the plans module's commands and queries take this, not a bare {@code long}, so a
 * plan's id cannot be passed where a body's or a unit's is meant. Written as its number ("plans/" + id).
 */
public record PlanId(long value) {

    public PlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("a plan id is positive: " + value);
        }
    }

    public static PlanId of(long value) {
        return new PlanId(value);
    }

    /** A number from a route or a link, which may name no plan at all. */
    public static Optional<PlanId> from(long value) {
        return value > 0 ? Optional.of(new PlanId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
