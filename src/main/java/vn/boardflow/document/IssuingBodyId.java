package vn.boardflow.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/**
 * Which issuing body: every module's commands and queries about a body's documents, plans, rounds and
 * checklists take this, not a bare {@code long}, so it cannot be swapped with the unit the body stands for.
 * Written as its number.
 */
public record IssuingBodyId(@JsonValue long value) {

    public IssuingBodyId {
        Ids.requirePositive(value, "an issuing body");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IssuingBodyId of(long value) {
        return new IssuingBodyId(value);
    }

    /** A number from a route or a link, which may name no body at all. */
    public static Optional<IssuingBodyId> from(long value) {
        return Ids.from(value, IssuingBodyId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
