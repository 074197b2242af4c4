package vn.boardflow.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/**
 * Which annual plan: the plans module's commands and queries take this, not a bare {@code long}, so a
 * plan's id cannot be passed where a body's or a unit's is meant. Written as its number ("plans/" + id).
 */
public record PlanId(@JsonValue long value) {

    public PlanId {
        Ids.requirePositive(value, "a plan");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PlanId of(long value) {
        return new PlanId(value);
    }

    /** A number from a route or a link, which may name no plan at all. */
    public static Optional<PlanId> from(long value) {
        return Ids.from(value, PlanId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
