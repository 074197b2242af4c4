package vn.boardflow.inspection.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;

/**
 * Who stands where towards a ward's inspection: its team, the round's overseers (organisers and the body's
 * records clerk), and the ward's own officers, who see their ward's self-assessment, evidence and remedial
 * tasks but never another ward's.
 */
@Component
public class WardAccess {

    private final AccessPolicy access;
    private final Organisers organisers;
    private final Organisation organisation;
    private final CurrentUser currentUser;

    WardAccess(AccessPolicy access, Organisers organisers, Organisation organisation, CurrentUser currentUser) {
        this.access = access;
        this.organisers = organisers;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    public String me() {
        return currentUser.actor().username();
    }

    boolean isTeam(WardInspection inspection) {
        return inspection.isInspector(me());
    }

    public boolean isHead(WardInspection inspection) {
        return me().equals(inspection.teamHead());
    }

    /** The wards of the units the user belongs to: a ward board's officers belong to its ward. */
    public Set<UnitId> ownWards() {
        return organisation.today().nearest(access.ownUnits(), UnitType.WARD);
    }

    public boolean ofWard(UnitId wardId) {
        return ownWards().contains(wardId);
    }

    boolean oversees(InspectionRound round) {
        return oversees(round.unitId());
    }

    /** The organisers and the records clerk of the body of this unit. */
    boolean oversees(UnitId unitId) {
        return access.can(Role.CLERK, unitId) || organisers.include(unitId);
    }

    /** The team and the overseers see a ward's inspection; so does the ward itself. */
    public void checkReads(WardInspection inspection, InspectionRound round) {
        AccessPolicy.require(isTeam(inspection) || ofWard(inspection.wardId()) || oversees(round));
    }

    void checkTeam(WardInspection inspection) {
        AccessPolicy.require(isTeam(inspection));
    }

    public void checkWard(UnitId wardId) {
        AccessPolicy.require(ofWard(wardId));
    }
}
