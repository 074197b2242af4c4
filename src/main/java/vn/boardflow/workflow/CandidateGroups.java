package vn.boardflow.workflow;

import vn.boardflow.org.Role;
import vn.boardflow.org.RoleInUnit;

/**
 * A BPMN candidate group is a role in a unit, written {@code ROLE:unitId} (e.g. {@code REVIEWER:5}),
 * so a process offers a task to whoever holds that role there today, substitutes included.
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    public static String of(Role role, long unitId) {
        return role.name() + ":" + unitId;
    }

    public static String of(RoleInUnit roleInUnit) {
        return of(roleInUnit.role(), roleInUnit.unitId());
    }
}
