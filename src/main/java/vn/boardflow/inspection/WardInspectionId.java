package vn.boardflow.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/**
 * Which ward's inspection (one ward in one round): the commands and queries of the team's checklist, the
 * ward's self-assessment, its evidence and its remedial tasks take this, not a bare {@code long}, so it
 * cannot be swapped with the ward's own id. Written as its number.
 */
public record WardInspectionId(@JsonValue long value) {

    public WardInspectionId {
        Ids.requirePositive(value, "a ward's inspection");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WardInspectionId of(long value) {
        return new WardInspectionId(value);
    }

    /** A number from a route or a link, which may name no ward's inspection at all. */
    public static Optional<WardInspectionId> from(long value) {
        return Ids.from(value, WardInspectionId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
