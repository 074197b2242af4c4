package vn.boardflow.org;

/** Why a unit's version began: its founding, a new name, or a new place in the tree. */
public enum UnitChange {
    CREATED,
    RENAMED,
    MOVED;

    public String messageKey() {
        return "unit.change." + name();
    }
}
