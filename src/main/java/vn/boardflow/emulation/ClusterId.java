package vn.boardflow.emulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which emulation cluster (cụm thi đua). Written as its number. */
public record ClusterId(@JsonValue long value) {

    public ClusterId {
        Ids.requirePositive(value, "an emulation cluster");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClusterId of(long value) {
        return new ClusterId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<ClusterId> from(long value) {
        return Ids.from(value, ClusterId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
