package vn.boardflow.emulation.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.org.CurrentUser;

/** Campaigns seen by the body's secretariat, and by the members of its clusters. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class CampaignService implements Campaigns {

    private final CampaignRepository campaigns;
    private final ClusterRepository clusters;
    private final EmulationAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, ClusterRepository clusters, EmulationAccess access,
                    CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<CampaignView> all() {
        Set<Long> bodies = new HashSet<>();
        access.managedBodies().forEach(body -> bodies.add(body.id().value()));
        clusters.findAll().stream().filter(cluster -> !access.actsAs(cluster).isEmpty())
                .forEach(cluster -> bodies.add(cluster.issuingBodyId().value()));
        return campaigns.findByIssuingBodyIdInOrderByStartsOnDescIdDesc(bodies).stream().map(this::view).toList();
    }

    @Override
    public Optional<CampaignView> find(CampaignId id) {
        return all().stream().filter(campaign -> campaign.id().equals(id)).findFirst();
    }

    @Override
    public List<Body> bodies() {
        return access.managedBodies().stream().map(body -> new Body(body.id(), body.fullLabel())).toList();
    }

    @Override
    @Transactional
    public CampaignId create(NewCampaign campaign) {
        access.requireManages(campaign.bodyId());
        return campaigns.save(new EmulationCampaign(campaign, currentUser.actor().username(), clock.instant())).id();
    }

    private CampaignView view(EmulationCampaign campaign) {
        return new CampaignView(campaign.id(), campaign.issuingBodyId(),
                access.body(campaign.issuingBodyId()).label(), campaign.name(), campaign.startsOn(),
                campaign.endsOn(), campaign.goals(), access.manages(campaign.issuingBodyId()));
    }
}
