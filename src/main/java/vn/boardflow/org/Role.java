package vn.boardflow.org;

/** What a user may do in a unit. A role is always held in a unit, never on its own. */
public enum Role {
    ADMIN,
    DRAFTER,
    REVIEWER,
    LEADER,
    CLERK,
    INSPECTOR,
    ACCOUNTANT,
    WARD_OFFICER;

    /** The Spring Security authority, so views can say {@code @RolesAllowed("ADMIN")}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Leaders (and administrators, who keep the tree) act in every unit below the one they belong to. */
    public boolean reachesUnitsBelow() {
        return this == LEADER || this == ADMIN;
    }

    public String messageKey() {
        return "role." + name();
    }
}
