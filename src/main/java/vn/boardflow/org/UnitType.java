package vn.boardflow.org;

/**
 * The kind of a unit. Levels are not hard-coded: any type may sit under any other, because the 2025
 * reorganisation merged provinces and abolished districts, and the next one may change more.
 */
public enum UnitType {
    PROVINCE,
    CITY,
    DISTRICT,
    WARD,
    COMMUNE,
    BOARD,
    SECRETARIAT,
    OFFICE,
    BRANCH,
    ORGANISATION;

    /**
     * A secretariat or an office works for the body above it: its members act for that body, and a
     * secretariat also for everything below that body.
     */
    public boolean servesParent() {
        return this == SECRETARIAT || this == OFFICE;
    }

    public String messageKey() {
        return "unitType." + name();
    }
}
