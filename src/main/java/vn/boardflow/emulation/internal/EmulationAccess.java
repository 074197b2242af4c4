package vn.boardflow.emulation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;

/**
 * Who may do what in emulation. A body's secretariat (its drafters, reviewers and leaders) sets up its campaigns,
 * clusters and agreements and sees every scorecard; a cluster's members see its agreements and score, each as the
 * member units they belong to; the chair unit's officers adjust and rank.
 */
@Component
class EmulationAccess {

    private static final List<Role> SECRETARIAT = List.of(Role.DRAFTER, Role.REVIEWER, Role.LEADER);

    private final AccessPolicy access;
    private final IssuingBodies bodies;
    private final Organisation organisation;

    EmulationAccess(AccessPolicy access, IssuingBodies bodies, Organisation organisation) {
        this.access = access;
        this.bodies = bodies;
        this.organisation = organisation;
    }

    IssuingBodyView body(IssuingBodyId id) {
        return bodies.find(id).orElseThrow();
    }

    boolean manages(IssuingBodyId bodyId) {
        UnitId unit = body(bodyId).unitId();
        return SECRETARIAT.stream().anyMatch(role -> access.can(role, unit));
    }

    void requireManages(IssuingBodyId bodyId) {
        AccessPolicy.require(manages(bodyId));
    }

    /** The bodies whose secretariat the user is of. */
    List<IssuingBodyView> managedBodies() {
        return bodies.all().stream().filter(body -> manages(body.id())).toList();
    }

    /**
     * The members of the cluster the user acts as: those they belong to, or whose own board, secretariat or office
     * they belong to (a ward board's officers act for their ward), in the cluster's order.
     */
    List<UnitId> actsAs(EmulationCluster cluster) {
        return actsFor(cluster.members());
    }

    /** Those of the units the user acts for, in their order, as {@link #actsAs} says. */
    List<UnitId> actsFor(List<UnitId> units) {
        OrgChart chart = organisation.today();
        Set<UnitId> own = new HashSet<>();
        for (UnitId unit : access.ownUnits()) {
            own.add(unit);
            chart.unit(unit).filter(held -> held.type() == UnitType.BOARD || held.type().servesParent())
                    .map(OrgUnit::parentId).ifPresent(own::add);
        }
        return units.stream().filter(own::contains).toList();
    }

    boolean sees(EmulationCluster cluster) {
        return manages(cluster.issuingBodyId()) || !actsAs(cluster).isEmpty();
    }

    void requireSees(EmulationCluster cluster) {
        AccessPolicy.require(sees(cluster));
    }

    /** An officer of the member unit, who scores it. */
    void requireActsAs(EmulationCluster cluster, UnitId unitId) {
        AccessPolicy.require(actsAs(cluster).contains(unitId));
    }
}
