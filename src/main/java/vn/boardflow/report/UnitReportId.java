package vn.boardflow.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which unit's report of a period. Written as its number ("reports/" + id). */
public record UnitReportId(@JsonValue long value) {

    public UnitReportId {
        Ids.requirePositive(value, "a unit's report");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnitReportId of(long value) {
        return new UnitReportId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<UnitReportId> from(long value) {
        return Ids.from(value, UnitReportId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
