package vn.boardflow.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/**
 * Which unit of the organisation (a board, a secretariat, a ward, its board): every module's commands,
 * queries, views and events take this, not a bare {@code long}, so a unit cannot be swapped with the body
 * that issues for it or with a record of its own. Written as its number, as candidate groups carry it.
 */
public record UnitId(@JsonValue long value) {

    public UnitId {
        Ids.requirePositive(value, "a unit");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnitId of(long value) {
        return new UnitId(value);
    }

    /** A column that may be empty: a top-level unit's parent, an entry about no unit. */
    public static UnitId ofNullable(Long value) {
        return value == null ? null : new UnitId(value);
    }

    /** The column's value of an id that may be absent. */
    public static Long valueOf(UnitId id) {
        return id == null ? null : id.value();
    }

    /** The columns' values, for a query over several units. */
    public static List<Long> valuesOf(Collection<UnitId> ids) {
        return ids.stream().map(UnitId::value).toList();
    }

    /** A number from a route or a link, which may name no unit at all. */
    public static Optional<UnitId> from(long value) {
        return Ids.from(value, UnitId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
