package vn.boardflow.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.AgreementSpan;
import vn.boardflow.emulation.Agreements;
import vn.boardflow.emulation.Agreements.NewAgreement;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.emulation.ClusterId;
import vn.boardflow.emulation.Clusters;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.Clusters.NewCluster;
import vn.boardflow.emulation.Nominee;
import vn.boardflow.emulation.ProposalId;
import vn.boardflow.emulation.Proposals;
import vn.boardflow.emulation.Proposals.ProposalDetails;
import vn.boardflow.emulation.Proposals.ProposalFile;
import vn.boardflow.emulation.Scorecards;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.OwnScore;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.org.DemoOrganisationLoaded;
import vn.boardflow.org.UnitId;

/**
 * The seed's emulation cluster (seed 003) on the demo's wards: the city board's 2018 campaign, a cluster of its
 * first seven wards chaired by Phú Cường, and the agreement of the first half of 2018, scored by the system from
 * the wards' 2018 reports and from the mid-year round the demo ran (the board's only inspection with closed wards).
 * Phú Cường and Phú Lợi have scored themselves and each other; the meeting has not ranked them yet, so {@code
 * phucuong} finds the ranking to publish. The campaign has Phú Cường's proposals for commendation, with their
 * checks.
 */
@Component
class DemoEmulation {

    static final int MEMBERS = 7;

    private final IssuingBodies bodies;
    private final Campaigns campaigns;
    private final Clusters clusters;
    private final Agreements agreements;
    private final Scorecards scorecards;
    private final InspectionRounds rounds;
    private final Proposals proposals;
    private final DemoUsers users;

    DemoEmulation(IssuingBodies bodies, Campaigns campaigns, Clusters clusters, Agreements agreements,
                  Scorecards scorecards, InspectionRounds rounds, Proposals proposals, DemoUsers users) {
        this.bodies = bodies;
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.agreements = agreements;
        this.scorecards = scorecards;
        this.rounds = rounds;
        this.proposals = proposals;
        this.users = users;
    }

    void load(DemoOrganisationLoaded organisation) {
        users.signIn("duthao");
        IssuingBodyView board = DemoPlans.cityBoard(bodies, organisation);
        int year = DemoReports.YEAR;
        CampaignId campaign = campaigns.create(new NewCampaign(board.id(),
                "Phong trào thi đua thực hiện Đề án “Đoàn kết, tập hợp thanh niên công nhân” năm " + year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "Thi đua hoàn thành các chỉ tiêu của Kế hoạch"
                + " năm " + year + "; phát triển chi đoàn, chi hội nhà trọ; đồng hành cùng thanh niên công nhân."));
        List<String> seedOrder = List.copyOf(organisation.wardBoardIds().keySet());
        List<Member> members = clusters.candidates(board.id()).stream()
                .sorted(Comparator.comparingInt(member -> seedOrder.indexOf(member.name().replaceFirst("^Phường ", ""))))
                .limit(MEMBERS).toList();
        ClusterId cluster = clusters.create(new NewCluster(board.id(), "Cụm thi đua số 1 (khối phường)", year,
                year + 2, members.stream().map(Member::unitId).toList()));
        RoundId midYear = rounds.of(board.id()).stream().filter(round -> round.period() == InspectionPeriod.MID_YEAR)
                .findFirst().orElseThrow().id();
        NewAgreement offered = agreements.proposal(cluster, campaign, year, AgreementSpan.HALF_YEAR, midYear);
        Map<UnitId, String> commitments = new HashMap<>();
        members.forEach(member -> commitments.put(member.unitId(), "Phát triển mới 2 chi đoàn, chi hội nhà trọ; duy"
                + " trì sinh hoạt các chi hội hiện có; tổ chức ít nhất 1 hoạt động đồng hành cùng thanh niên công nhân"
                + " mỗi quý."));
        AgreementId agreement = agreements.create(new NewAgreement(cluster, campaign, year, AgreementSpan.HALF_YEAR,
                offered.chairUnitId(), offered.inspectionRound(), offered.criteria(), commitments));
        scoreOwn("phucuong", agreement, members.get(0).unitId(), "8.5", "9");
        scoreOwn("phuloi", agreement, members.get(2).unitId(), "8", "7.5");
        users.signIn("phuloi");
        scorecards.scorePeer(agreement, members.get(0).unitId(), members.get(2).unitId(),
                Map.of("5", new BigDecimal("8"), "6", new BigDecimal("8.5")), card(agreement, members.get(0).unitId())
                        .version());
        propose(campaign, members.get(0).unitId());
    }

    /**
     * Phú Cường's year-end proposals, sent with their reports: three officers for Lao động tiên tiến, one of them for
     * Chiến sĩ thi đua cơ sở too (over the 15 % cap of three, which its check says), two of them taken into the list
     * by the secretariat; the secretariat's proposal of the ward as Tập thể lao động xuất sắc, still being written,
     * short of the members' share.
     */
    private void propose(CampaignId campaign, UnitId ward) {
        users.signIn("phucuong");
        List<String> people = List.of("Bùi Thị Ngọc", "Lê Minh Tâm", "Trần Quốc Huy");
        for (String person : people) {
            sent(new ProposalDetails(campaign, Nominee.INDIVIDUAL, person, "Cán bộ Đoàn phường", ward, "LDTT",
                    "Hoàn thành tốt nhiệm vụ năm; tham gia thành lập chi hội thanh niên công nhân nhà trọ.", null,
                    false));
        }
        sent(new ProposalDetails(campaign, Nominee.INDIVIDUAL, people.getFirst(), "Phó Ban Tổ chức Đề án phường", ward,
                "CSTDCS", "Sáng kiến “Nhà trọ văn minh” được Thành đoàn nhân rộng; dẫn đầu phong trào của phường.",
                null, false));
        users.signIn("duthao");
        proposals.ofCampaign(campaign).stream().filter(proposal -> proposal.details().formCode().equals("LDTT"))
                .limit(2).forEach(proposal -> proposals.compile(proposal.id(), proposal.version()));
        proposals.create(new ProposalDetails(campaign, Nominee.COLLECTIVE, "Phường Phú Cường", null, ward, "TTLDXS",
                "Dẫn đầu Cụm thi đua số 1 sáu tháng đầu năm; vượt các chỉ tiêu của Kế hoạch.", 5, false));
    }

    private void sent(ProposalDetails details) {
        ProposalId id = proposals.create(details);
        proposals.attach(id, ProposalFile.Kind.REPORT, "bao-cao-thanh-tich.pdf",
                ("%PDF-1.4 Báo cáo thành tích: " + details.nomineeName()).getBytes(StandardCharsets.UTF_8));
        proposals.send(id, proposals.find(id).orElseThrow().version());
    }

    private void scoreOwn(String officer, AgreementId agreement, UnitId ward, String activities, String outreach) {
        users.signIn(officer);
        scorecards.scoreOwn(agreement, ward, Map.of(
                "5", new OwnScore(new BigDecimal(activities), "Biên bản sinh hoạt chi đoàn, chi hội 6 tháng đầu năm"),
                "6", new OwnScore(new BigDecimal(outreach), "Tin bài trên trang của Đoàn phường"),
                "T", new OwnScore(BigDecimal.ONE, "Mô hình “Nhà trọ văn minh” được Thành đoàn biểu dương"),
                "Tr", new OwnScore(BigDecimal.ZERO, null)), true, card(agreement, ward).version());
    }

    private Card card(AgreementId agreement, UnitId ward) {
        return scorecards.of(agreement).orElseThrow().cards().stream().filter(card -> card.unitId().equals(ward))
                .findFirst().orElseThrow();
    }
}
