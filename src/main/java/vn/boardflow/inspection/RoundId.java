package vn.boardflow.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/**
 * Which inspection round: the inspections module's commands and queries about a round take this, not a
 * bare {@code long}, so a round's id cannot be passed where a ward inspection's or a body's is meant.
 * Written as its number ("inspections/" + id).
 */
public record RoundId(@JsonValue long value) {

    public RoundId {
        Ids.requirePositive(value, "an inspection round");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RoundId of(long value) {
        return new RoundId(value);
    }

    /** A number from a route or a link, which may name no round at all. */
    public static Optional<RoundId> from(long value) {
        return Ids.from(value, RoundId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
