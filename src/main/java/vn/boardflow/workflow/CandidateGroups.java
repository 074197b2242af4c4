package vn.boardflow.workflow;

import java.util.Optional;
import vn.boardflow.org.Role;
import vn.boardflow.org.RoleInUnit;
import vn.boardflow.org.UnitId;

/**
 * A BPMN candidate group is a role in a unit, written {@code ROLE:unitId} (e.g. {@code REVIEWER:5}),
 * so a process offers a task to whoever holds that role there today, substitutes included.
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    public static String of(Role role, UnitId unitId) {
        return role.name() + ":" + unitId;
    }

    public static String of(RoleInUnit roleInUnit) {
        return of(roleInUnit.role(), roleInUnit.unitId());
    }

    /** The role in a unit a group names, or empty for a group written some other way. */
    public static Optional<RoleInUnit> parse(String group) {
        int colon = group == null ? -1 : group.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RoleInUnit(Role.valueOf(group.substring(0, colon)),
                    UnitId.of(Long.parseLong(group.substring(colon + 1)))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
