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
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.org.CurrentUser;

/** Campaigns seen by the body's secretariat, and by the units below the body, which they are run for. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class CampaignService implements Campaigns {

    private final CampaignRepository campaigns;
    private final EmulationRecords records;
    private final EmulationAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, EmulationRecords records, EmulationAccess access,
                    CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.records = records;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<CampaignView> all() {
        Set<Long> bodies = new HashSet<>();
        access.managedBodies().forEach(body -> bodies.add(body.id().value()));
        campaigns.bodiesWithCampaigns().stream().filter(body -> !bodies.contains(body))
                .filter(body -> !access.actsFor(records.unitsBelow(IssuingBodyId.of(body)).stream()
                        .map(Member::unitId).toList()).isEmpty())
                .forEach(bodies::add);
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
