package vn.boardflow.org;

import java.time.LocalDate;
import java.util.List;

/** Reads the unit tree: today, on another date, and each unit's history. */
public interface Organisation {

    OrgChart today();

    OrgChart on(LocalDate date, boolean includeClosed);

    List<UnitHistoryEntry> history(UnitId unitId);

    /** One version of a unit: what it was called and where it sat, from a day until the day before {@code validTo}. */
    record UnitHistoryEntry(LocalDate validFrom, LocalDate validTo, String name, String shortName,
                            String abbreviation, UnitId parentId, String parentName, UnitChange changeReason) {
    }
}
