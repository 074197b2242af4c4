package vn.boardflow.emulation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.AgreementSpan;
import vn.boardflow.emulation.Agreements;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.ClusterId;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.RuleViolation;

/** Agreements drawn up by the body's secretariat, each with a scorecard for every member from the start. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class AgreementService implements Agreements {

    private final AgreementRepository agreements;
    private final CampaignRepository campaigns;
    private final ScorecardRepository scorecards;
    private final EmulationRecords records;
    private final EmulationAccess access;
    private final InspectionRounds rounds;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, CampaignRepository campaigns, ScorecardRepository scorecards,
                     EmulationRecords records, EmulationAccess access, InspectionRounds rounds,
                     CurrentUser currentUser, Clock clock) {
        this.agreements = agreements;
        this.campaigns = campaigns;
        this.scorecards = scorecards;
        this.records = records;
        this.access = access;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public NewAgreement proposal(ClusterId clusterId, CampaignId campaignId, int year, AgreementSpan span,
                                 RoundId given) {
        EmulationCluster cluster = records.cluster(clusterId);
        access.requireManages(cluster.issuingBodyId());
        InspectionPeriod period = span == AgreementSpan.HALF_YEAR ? InspectionPeriod.MID_YEAR : InspectionPeriod.YEAR_END;
        RoundId round = given != null ? given : rounds.of(cluster.issuingBodyId()).stream()
                .filter(each -> each.year() == year && each.period() == period).map(each -> each.id()).findFirst()
                .orElse(null);
        ClusterAgreement previous = agreements.findByClusterIdOrderByYearDescSpanDesc(clusterId.value()).stream()
                .findFirst().orElse(null);
        return new NewAgreement(clusterId, campaignId, year, span,
                cluster.chairAfter(previous == null ? null : previous.chairUnitId()), round,
                AgreementCriteria.offered(round != null), Map.of());
    }

    @Override
    @Transactional
    public AgreementId create(NewAgreement agreement) {
        EmulationCluster cluster = records.cluster(agreement.clusterId());
        access.requireManages(cluster.issuingBodyId());
        if (agreement.campaignId() != null) {
            EmulationCampaign campaign = campaigns.findById(agreement.campaignId().value())
                    .orElseThrow(() -> new RuleViolation("emulation.campaign.error.notFound"));
            RuleViolation.require(campaign.issuingBodyId().equals(cluster.issuingBodyId())
                    && campaign.runsIn(agreement.year()), "emulation.agreement.error.campaign");
        }
        RuleViolation.require(agreement.inspectionRound() == null || rounds.of(cluster.issuingBodyId()).stream()
                .anyMatch(round -> round.id().equals(agreement.inspectionRound())), "emulation.agreement.error.roundOfOther");
        RuleViolation.require(agreements.findByClusterIdOrderByYearDescSpanDesc(cluster.id().value()).stream()
                        .noneMatch(kept -> kept.year() == agreement.year() && kept.span() == agreement.span()),
                "emulation.agreement.error.twice", agreement.span().label(agreement.year()));
        ClusterAgreement kept = agreements.save(new ClusterAgreement(agreement, cluster,
                currentUser.actor().username(), clock.instant()));
        cluster.members().forEach(member -> scorecards.save(new Scorecard(kept.id(), member)));
        return kept.id();
    }

    @Override
    public Optional<AgreementView> find(AgreementId id) {
        return agreements.findById(id.value()).flatMap(this::visible);
    }

    @Override
    public List<AgreementView> ofCampaign(CampaignId campaignId) {
        return agreements.findByCampaignIdOrderByYearDescIdAsc(campaignId.value()).stream().map(this::visible)
                .flatMap(Optional::stream).toList();
    }

    @Override
    public List<RoundChoice> rounds(ClusterId clusterId) {
        EmulationCluster cluster = records.cluster(clusterId);
        access.requireManages(cluster.issuingBodyId());
        return rounds.of(cluster.issuingBodyId()).stream()
                .map(round -> new RoundChoice(round.id(), round.period().roundTitle(round.year()))).toList();
    }

    private Optional<AgreementView> visible(ClusterAgreement agreement) {
        EmulationCluster cluster = records.cluster(agreement.clusterId());
        if (!access.sees(cluster)) {
            return Optional.empty();
        }
        return Optional.of(records.view(agreement, cluster));
    }
}
