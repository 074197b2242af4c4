package vn.boardflow.org;

import java.time.LocalDate;

/** Changes the unit tree. Every change takes effect on a date and keeps the unit's history. */
public interface UnitAdministration {

    UnitId create(CreateUnit command);

    void rename(RenameUnit command);

    void move(MoveUnit command);

    void merge(MergeUnit command);

    void close(CloseUnit command);

    record CreateUnit(UnitId parentId, UnitType type, String name, String shortName, String abbreviation,
                      LocalDate effectiveFrom) {
    }

    record RenameUnit(UnitId unitId, String name, String shortName, String abbreviation, LocalDate effectiveFrom) {
    }

    record MoveUnit(UnitId unitId, UnitId newParentId, LocalDate effectiveFrom) {
    }

    /** The unit closes and its units below move to {@code intoUnitId} on the same day. */
    record MergeUnit(UnitId unitId, UnitId intoUnitId, LocalDate effectiveFrom) {
    }

    record CloseUnit(UnitId unitId, LocalDate effectiveFrom) {
    }
}
