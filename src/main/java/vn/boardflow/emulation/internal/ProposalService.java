package vn.boardflow.emulation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.ProposalId;
import vn.boardflow.emulation.Proposals;
import vn.boardflow.emulation.StoredFile;
import vn.boardflow.emulation.internal.EmulationFile.Owner;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.RuleViolation;

/**
 * Proposals written by the units they are about (or by the body's secretariat for any of them) and checked
 * against the campaign as it stands each time they are read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class ProposalService implements Proposals {

    private final ProposalRepository proposals;
    private final EmulationFileRepository files;
    private final CampaignRepository campaigns;
    private final ProposalFacts facts;
    private final EmulationAccess access;
    private final EmulationRecords records;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, EmulationFileRepository files, CampaignRepository campaigns,
                    ProposalFacts facts, EmulationAccess access, EmulationRecords records, CurrentUser currentUser,
                    Clock clock) {
        this.proposals = proposals;
        this.files = files;
        this.campaigns = campaigns;
        this.facts = facts;
        this.access = access;
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<ProposalView> ofCampaign(CampaignId campaignId) {
        EmulationCampaign campaign = campaign(campaignId);
        ProposalFacts.Campaign known = facts.of(campaign);
        return views(campaign, known, known.proposals().stream().filter(proposal -> sees(campaign, proposal)).toList());
    }

    @Override
    public Optional<ProposalView> find(ProposalId id) {
        return proposals.findById(id.value()).map(proposal -> {
            EmulationCampaign campaign = campaign(proposal.campaignId());
            AccessPolicy.require(sees(campaign, proposal));
            return views(campaign, facts.of(campaign), List.of(proposal)).getFirst();
        });
    }

    @Override
    public List<Member> nomineeUnits(CampaignId campaignId) {
        EmulationCampaign campaign = campaign(campaignId);
        List<Member> below = records.unitsBelow(campaign.issuingBodyId());
        if (access.manages(campaign.issuingBodyId())) {
            UnitId body = access.body(campaign.issuingBodyId()).unitId();
            List<Member> all = new ArrayList<>();
            all.add(new Member(body, access.body(campaign.issuingBodyId()).nameOnOneLine()));
            all.addAll(below);
            return all;
        }
        List<UnitId> own = access.actsFor(below.stream().map(Member::unitId).toList());
        return below.stream().filter(member -> own.contains(member.unitId())).toList();
    }

    @Override
    public List<CommendationRule> forms(CampaignId campaignId) {
        return facts.of(campaign(campaignId)).rules();
    }

    @Override
    @Transactional
    public ProposalId create(ProposalDetails details) {
        EmulationCampaign campaign = campaign(details.campaignId());
        UnitId proposing = proposingUnit(campaign, details.nomineeUnitId());
        RuleViolation.require(facts.of(campaign).rule(details.formCode()) != null, "emulation.proposal.error.form");
        return proposals.save(new CommendationProposal(details, proposing, currentUser.actor().username(),
                clock.instant())).id();
    }

    @Override
    @Transactional
    public void revise(ProposalId id, long version, ProposalDetails details) {
        CommendationProposal proposal = writable(id, version);
        RuleViolation.require(details.campaignId().equals(proposal.campaignId()), "emulation.proposal.error.campaign");
        EmulationCampaign campaign = campaign(proposal.campaignId());
        RuleViolation.require(proposingUnit(campaign, details.nomineeUnitId()).equals(proposal.proposingUnitId()),
                "emulation.proposal.error.unit");
        RuleViolation.require(facts.of(campaign).rule(details.formCode()) != null, "emulation.proposal.error.form");
        proposal.revise(details);
    }

    @Override
    @Transactional
    public void send(ProposalId id, long version) {
        CommendationProposal proposal = writable(id, version);
        RuleViolation.require(withReport(List.of(id.value())).contains(id.value()),
                "emulation.proposal.error.noReport");
        proposal.send(currentUser.actor().username(), clock.instant());
    }

    @Override
    @Transactional
    public void compile(ProposalId id, long version) {
        compiling(id, version).compile(currentUser.actor().username(), clock.instant());
    }

    @Override
    @Transactional
    public void sendBack(ProposalId id, long version, String reason) {
        compiling(id, version).sendBack(reason);
    }

    /** A proposal of the campaign of a body whose secretariat the user is of. */
    private CommendationProposal compiling(ProposalId id, long version) {
        CommendationProposal proposal = proposals.findById(id.value())
                .orElseThrow(() -> new RuleViolation("emulation.proposal.error.notFound"));
        access.requireManages(campaign(proposal.campaignId()).issuingBodyId());
        proposal.checkVersion(version);
        return proposal;
    }

    @Override
    @Transactional
    public void delete(ProposalId id, long version) {
        CommendationProposal proposal = writable(id, version);
        files.deleteOf(Owner.PROPOSAL, id.value());
        proposals.delete(proposal);
    }

    @Override
    @Transactional
    public ProposalFile attach(ProposalId id, ProposalFile.Kind kind, String fileName, byte[] bytes) {
        CommendationProposal proposal = writable(id);
        RuleViolation.require(kind != null, "emulation.proposal.error.fileKind");
        EmulationFile kept = files.save(new EmulationFile(Owner.PROPOSAL, proposal.id().value(), kind.name(),
                EvidenceFiles.accept(fileName, bytes), currentUser.actor().username(), clock.instant()));
        return listed(List.of(id.value())).get(id.value()).stream().filter(file -> file.id() == kept.id())
                .findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public void detach(ProposalId id, long fileId) {
        writable(id);
        EmulationFile file = files.findById(fileId).filter(found -> found.of(Owner.PROPOSAL, id.value()))
                .orElseThrow(() -> new RuleViolation("emulation.evidence.error.notFound"));
        files.delete(file);
    }

    @Override
    public StoredFile file(long fileId) {
        EmulationFile file = files.findById(fileId).filter(found -> found.owner() == Owner.PROPOSAL)
                .orElseThrow(() -> new RuleViolation("emulation.evidence.error.notFound"));
        CommendationProposal proposal = proposals.findById(file.ownerId()).orElseThrow();
        AccessPolicy.require(sees(campaign(proposal.campaignId()), proposal));
        return file.stored();
    }

    private List<ProposalView> views(EmulationCampaign campaign, ProposalFacts.Campaign known,
                                     List<CommendationProposal> shown) {
        List<Long> ids = shown.stream().map(proposal -> proposal.id().value()).toList();
        Map<Long, List<ProposalFile>> attached = listed(ids);
        Set<Long> withReport = withReport(ids);
        OrgChart chart = records.chart();
        return shown.stream().map(proposal -> new ProposalView(proposal.id(), proposal.campaignId(),
                proposal.details(), chart.nameOf(proposal.nomineeUnitId()), known.rule(proposal.formCode()),
                proposal.status(), known.checks(proposal, withReport), attached.getOrDefault(proposal.id().value(),
                List.of()), proposal.version(), proposal.status().written() && proposes(campaign, proposal),
                proposal.status() == ProposalStatus.SENT && access.manages(campaign.issuingBodyId()),
                proposal.returned(), known.prize(proposal.formCode()))).toList();
    }

    private Map<Long, List<ProposalFile>> listed(List<Long> ids) {
        Map<Long, List<ProposalFile>> byProposal = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ListedFile file : files.listed(Owner.PROPOSAL, ids)) {
                byProposal.computeIfAbsent(file.ownerId(), any -> new ArrayList<>()).add(new ProposalFile(file.id(),
                        ProposalFile.Kind.valueOf(file.tag()), file.fileName(), file.contentType(), file.size()));
            }
        }
        return byProposal;
    }

    private Set<Long> withReport(List<Long> ids) {
        Set<Long> reported = new HashSet<>();
        listed(ids).forEach((id, attached) -> {
            if (attached.stream().anyMatch(file -> file.kind() == ProposalFile.Kind.REPORT)) {
                reported.add(id);
            }
        });
        return reported;
    }

    /** The unit that proposes: the body for its secretariat, else the nominee's unit the user acts for. */
    private UnitId proposingUnit(EmulationCampaign campaign, UnitId nomineeUnit) {
        RuleViolation.require(nomineeUnit != null, "emulation.proposal.error.unit");
        AccessPolicy.require(nomineeUnits(campaign.id()).stream().anyMatch(member -> member.unitId()
                .equals(nomineeUnit)));
        return access.manages(campaign.issuingBodyId()) ? access.body(campaign.issuingBodyId()).unitId() : nomineeUnit;
    }

    private boolean sees(EmulationCampaign campaign, CommendationProposal proposal) {
        return access.manages(campaign.issuingBodyId())
                || !access.actsFor(List.of(proposal.nomineeUnitId())).isEmpty();
    }

    /** Whether the user proposes for the proposal's proposing unit: its secretariat, or the unit's officers. */
    private boolean proposes(EmulationCampaign campaign, CommendationProposal proposal) {
        UnitId body = access.body(campaign.issuingBodyId()).unitId();
        return proposal.proposingUnitId().equals(body) ? access.manages(campaign.issuingBodyId())
                : !access.actsFor(List.of(proposal.proposingUnitId())).isEmpty();
    }

    private CommendationProposal writable(ProposalId id, long version) {
        CommendationProposal proposal = writable(id);
        proposal.checkVersion(version);
        return proposal;
    }

    /** A proposal not yet sent, of a unit the user proposes for. */
    private CommendationProposal writable(ProposalId id) {
        CommendationProposal proposal = proposals.findById(id.value())
                .orElseThrow(() -> new RuleViolation("emulation.proposal.error.notFound"));
        proposal.requireDraft();
        AccessPolicy.require(proposes(campaign(proposal.campaignId()), proposal));
        return proposal;
    }

    private EmulationCampaign campaign(CampaignId id) {
        return campaigns.findById(id.value())
                .orElseThrow(() -> new RuleViolation("emulation.campaign.error.notFound"));
    }
}
