package vn.boardflow.inspection.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;

/** The secretariat's drafters and the body's leaders organise its rounds and see every ward's inspection. */
@Component
class Organisers {

    private final AccessPolicy access;

    Organisers(AccessPolicy access) {
        this.access = access;
    }

    boolean include(UnitId unitId) {
        return access.can(Role.DRAFTER, unitId) || access.can(Role.LEADER, unitId);
    }

    void check(UnitId unitId) {
        AccessPolicy.require(include(unitId));
    }
}
