package vn.boardflow.emulation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.emulation.ClusterId;
import vn.boardflow.emulation.Clusters;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** Clusters of a body's units, set up by its secretariat. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class ClusterService implements Clusters {

    private final ClusterRepository clusters;
    private final EmulationRecords records;
    private final EmulationAccess access;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClusterService(ClusterRepository clusters, EmulationRecords records, EmulationAccess access,
                   Organisation organisation, CurrentUser currentUser, Clock clock) {
        this.clusters = clusters;
        this.records = records;
        this.access = access;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<ClusterView> all() {
        OrgChart chart = organisation.today();
        return clusters.findAll().stream().filter(access::sees).map(cluster -> records.view(cluster, chart)).toList();
    }

    @Override
    public Optional<ClusterView> find(ClusterId id) {
        return clusters.findById(id.value()).filter(access::sees).map(cluster -> records.view(cluster, organisation.today()));
    }

    @Override
    public List<Member> candidates(IssuingBodyId bodyId) {
        access.requireManages(bodyId);
        return records.unitsBelow(bodyId);
    }

    @Override
    @Transactional
    public ClusterId create(NewCluster cluster) {
        access.requireManages(cluster.bodyId());
        List<UnitId> allowed = candidates(cluster.bodyId()).stream().map(Member::unitId).toList();
        RuleViolation.require(allowed.containsAll(cluster.members()), "emulation.cluster.error.notBelow");
        return clusters.save(new EmulationCluster(cluster, currentUser.actor().username(), clock.instant())).id();
    }
}
