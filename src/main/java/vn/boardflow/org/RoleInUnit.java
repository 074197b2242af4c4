package vn.boardflow.org;

/** A role held in a unit on a given day. */
public record RoleInUnit(Role role, UnitId unitId) {
}
