package vn.boardflow.emulation.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.Agreements.PaperView;
import vn.boardflow.emulation.Agreements.RoundChoice;
import vn.boardflow.emulation.ClusterPaper;
import vn.boardflow.emulation.ClusterId;
import vn.boardflow.emulation.Clusters.ClusterView;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.inspection.InspectionStandings;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** Loads clusters and agreements, or says clearly that there is none, and shows a cluster as its screens do. */
@Component
class EmulationRecords {

    private final ClusterRepository clusters;
    private final AgreementRepository agreements;
    private final ScorecardRepository scorecards;
    private final EmulationAccess access;
    private final InspectionStandings inspections;
    private final Organisation organisation;

    EmulationRecords(ClusterRepository clusters, AgreementRepository agreements, ScorecardRepository scorecards,
                     EmulationAccess access, InspectionStandings inspections, Organisation organisation) {
        this.clusters = clusters;
        this.agreements = agreements;
        this.scorecards = scorecards;
        this.access = access;
        this.inspections = inspections;
        this.organisation = organisation;
    }

    EmulationCluster cluster(ClusterId id) {
        return clusters.findById(id.value()).orElseThrow(() -> new RuleViolation("emulation.cluster.error.notFound"));
    }

    ClusterAgreement agreement(AgreementId id) {
        return agreements.findById(id.value())
                .orElseThrow(() -> new RuleViolation("emulation.agreement.error.notFound"));
    }

    /** A member's card under the agreement; a unit outside the cluster has none. */
    Scorecard card(ClusterAgreement agreement, UnitId unitId) {
        return scorecards.findByAgreementIdAndUnitId(agreement.id().value(), unitId.value())
                .orElseThrow(() -> new RuleViolation("emulation.score.error.notMember"));
    }

    OrgChart chart() {
        return organisation.today();
    }

    /** The units below a body a cluster may gather or a proposal may name: not those serving the body itself. */
    List<Member> unitsBelow(IssuingBodyId bodyId) {
        return organisation.today().children(access.body(bodyId).unitId()).stream()
                .filter(unit -> !unit.type().servesParent()).map(unit -> new Member(unit.id(), unit.name())).toList();
    }

    ClusterView view(EmulationCluster cluster, OrgChart chart) {
        return new ClusterView(cluster.id(), cluster.issuingBodyId(), access.body(cluster.issuingBodyId()).label(),
                cluster.name(), cluster.termFrom(), cluster.termTo(),
                cluster.members().stream().map(unit -> new Member(unit, chart.nameOf(unit))).toList());
    }

    AgreementView view(ClusterAgreement agreement, EmulationCluster cluster) {
        OrgChart chart = organisation.today();
        RoundChoice round = agreement.inspectionRound()
                .flatMap(id -> inspections.titleOf(id).map(title -> new RoundChoice(id, title))).orElse(null);
        return new AgreementView(agreement.id(), view(cluster, chart), agreement.campaignId(), agreement.year(),
                agreement.span(), new Member(agreement.chairUnitId(), chart.nameOf(agreement.chairUnitId())), round,
                agreement.criteria(), agreement.commitments(), agreement.status(), agreement.version(),
                access.manages(cluster.issuingBodyId()), access.actsAs(cluster).contains(agreement.chairUnitId()),
                Arrays.stream(ClusterPaper.values()).flatMap(paper -> agreement.draftOf(paper).map(draft ->
                        new PaperView(paper, draft, agreement.documentOf(paper).orElse(null))).stream()).toList());
    }
}
