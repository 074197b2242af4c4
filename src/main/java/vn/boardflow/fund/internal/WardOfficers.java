package vn.boardflow.fund.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.workflow.CandidateGroups;

/**
 * A ward's officers as funds know them: they may sit in the ward itself or in a board of the ward (Ban Tổ chức Đề án
 * phường …), so a ward is the user's when it is the nearest ward at or above a unit where they are its officer; the
 * ward's steps are offered to its officers in every unit of the ward ({@code ${wardOfficers.officerGroups(wardUnitId)}}).
 */
@Component("wardOfficers")
class WardOfficers {

    private final AccessPolicy access;
    private final Organisation organisation;

    WardOfficers(AccessPolicy access, Organisation organisation) {
        this.access = access;
        this.organisation = organisation;
    }

    /** The wards the signed-in user is an officer of. */
    Set<UnitId> myWards() {
        return organisation.today().nearestLocal(access.unitsWhere(Role.WARD_OFFICER));
    }

    public List<String> officerGroups(long wardUnitId) {
        return organisation.today().subtree(UnitId.of(wardUnitId)).stream()
                .map(unit -> CandidateGroups.of(Role.WARD_OFFICER, unit)).toList();
    }
}
