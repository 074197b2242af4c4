package vn.boardflow.org;

import java.time.LocalDate;

/**
 * A unit as it stands on one date: its names and parent then, and when it opened and (if it did) closed.
 */
public record OrgUnit(
        UnitId id,
        UnitType type,
        String name,
        String shortName,
        String abbreviation,
        UnitId parentId,
        LocalDate versionFrom,
        LocalDate openedOn,
        LocalDate closedOn,
        UnitId mergedIntoId) {

    public boolean isOpenOn(LocalDate date) {
        return !openedOn.isAfter(date) && (closedOn == null || date.isBefore(closedOn));
    }
}
