package vn.boardflow.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftRouteSteps;
import vn.boardflow.Logins;
import vn.boardflow.emulation.Agreements.AgreementStatus;
import vn.boardflow.emulation.Agreements.NewAgreement;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.Clusters.NewCluster;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.emulation.Scorecards.OwnScore;
import vn.boardflow.emulation.Scorecards.Standings;
import vn.boardflow.emulation.ScorecardEvidence.EvidenceFile;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.inspection.InspectionFixtures;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportingBoard;
import vn.boardflow.report.ReceivedReports;

/**
 * A cluster of a board's three wards scored for the first half of 2026 on 2 March, when January's and February's
 * reports are due: the first ward reported both on time, the second one late, the third none; the first ward's
 * inspection is closed (97 of 100) with a remedial task not yet due.
 */
@IntegrationTest
class EmulationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Clusters clusters;
    @Autowired
    Agreements agreements;
    @Autowired
    Scorecards scorecards;

    PlanningBoard board;
    List<String> officers;
    RoundId round;

    @BeforeEach
    void reportsAndAnInspection() {
        ReportingBoard reporting = ReportingBoard.create(context);
        board = reporting.board();
        officers = reporting.officers(context);
        Logins.as(userDetails, board.drafter());
        ReportFormId form = context.getBean(ReportForms.class).create(board.bodyId(), reporting.monthlyForm());
        ReceivedReports received = context.getBean(ReceivedReports.class);
        for (int month = 1; month <= 2; month++) {
            ReportPeriod period = ReportPeriod.month(2026, month);
            received.record(form, period, ward(0), reporting.entry(5, 90, 2, "Tốt"), LocalDate.of(2026, month, 20));
            received.record(form, period, ward(1), reporting.entry(10, 80, 1, "Khá"),
                    month == 1 ? LocalDate.of(2026, 2, 3) : LocalDate.of(2026, 2, 26));
        }
        Map<String, CriterionScore> scores = new HashMap<>(InspectionFixtures.fullMarks());
        scores.put("8.1", new CriterionScore(3, "Trễ hạn ba tháng"));
        round = InspectionFixtures.roundWithFirstWardClosed(context, board, 2026, scores,
                List.of(new RemedyDraft("8.1", "Gửi báo cáo tháng đúng hạn", LocalDate.of(2026, 7, 31))));
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void theSystemScoresWhatItKnowsTheMembersScoreTheRestAndTheChairRanks() {
        AgreementId id = agreementOfTheWards();

        Standings read = as(board.drafter()).of(id).orElseThrow();
        assertThat(read.agreement().inspectionRound().id()).isEqualTo(round);
        assertThat(read.agreement().chair().unitId()).as("the first in the rotation chairs").isEqualTo(ward(0));
        Card first = card(read, 0);
        // new members 10 of the 100 × 2/12 due so far: 60 %; units maintained 90 of 100: 90 %; the mean 75 %
        assertThat(line(first, "1").system()).isEqualByComparingTo("22.5");
        assertThat(line(first, "1").source().detail()).contains("75 %");
        assertThat(line(first, "2").system()).isEqualByComparingTo("10");
        assertThat(line(first, "3").system()).as("97 of 100 of 30").isEqualByComparingTo("29.1");
        assertThat(line(first, "3").source().detail()).contains("97/100", "Xuất sắc");
        assertThat(line(first, "4").system()).as("no remedial task due yet").isEqualByComparingTo("10");
        Card second = card(read, 1);
        assertThat(line(second, "1").system()).as("120 % and 80 %, the first capped at 100").isEqualByComparingTo("27");
        assertThat(line(second, "2").system()).as("one of two on time").isEqualByComparingTo("5");
        assertThat(line(second, "3").system()).as("not inspected yet").isNull();
        assertThat(card(read, 2).timeliness()).isZero();

        Standings own = as(officers.get(0)).of(id).orElseThrow();
        ScorecardEvidence evidence = context.getBean(ScorecardEvidence.class);
        EvidenceFile photo = evidence.attach(id, ward(0), "5", "sinh-hoat.jpg", EvidenceSamples.smallPhoto());
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(refusal(() -> evidence.attach(id, ward(0), "9", "khac.jpg", EvidenceSamples.smallPhoto())))
                .isEqualTo("emulation.score.error.unknown");
        scorecards.scoreOwn(id, ward(0), Map.of("5", new OwnScore(new BigDecimal("8"), "Biên bản sinh hoạt"),
                "6", new OwnScore(new BigDecimal("9"), null), "T", new OwnScore(new BigDecimal("2"), null),
                "Tr", new OwnScore(BigDecimal.ZERO, null)), true, card(own, 0).version());
        assertThat(refusal(() -> scorecards.scorePeer(id, ward(0), ward(0), Map.of("5", BigDecimal.ONE),
                card(scorecards.of(id).orElseThrow(), 0).version()))).isEqualTo("emulation.score.error.selfAsPeer");

        assertThat(refusal(() -> evidence.attach(id, ward(0), "5", "muon.jpg", EvidenceSamples.smallPhoto())))
                .as("sent, the evidence is kept with the scores").isEqualTo("emulation.score.error.ownSent");
        Standings peer = as(officers.get(1)).of(id).orElseThrow();
        assertThat(evidence.of(id, ward(0))).extracting(EvidenceFile::fileName).containsExactly("sinh-hoat.jpg");
        assertThat(evidence.file(photo.id()).content()).as("another member reads it").isNotEmpty();
        assertThatThrownBy(() -> evidence.attach(id, ward(0), "6", "ho.jpg", EvidenceSamples.smallPhoto()))
                .as("only the member's own officers attach").isInstanceOf(AccessDeniedException.class);
        assertThat(peer.scoringAs()).containsExactly(ward(1));
        scorecards.scorePeer(id, ward(0), ward(1), Map.of("5", new BigDecimal("6")), card(peer, 0).version());
        assertThat(refusal(() -> scorecards.scorePeer(id, ward(0), ward(1), Map.of("1", BigDecimal.ONE),
                card(scorecards.of(id).orElseThrow(), 0).version()))).isEqualTo("emulation.score.error.systemScored");
        assertThatThrownBy(() -> scorecards.scoreOwn(id, ward(0), Map.of("5", new OwnScore(BigDecimal.ONE, null)),
                false, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scorecards.adjust(id, ward(2), "5", BigDecimal.ONE, "Lý do", 0))
                .as("only the chair adjusts").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scorecards.scorePeer(id, ward(0), ward(2), Map.of("5", BigDecimal.ONE), 0))
                .as("scoring as a member one does not belong to").isInstanceOf(AccessDeniedException.class);

        as(officers.get(2));
        assertThat(refusal(() -> scorecards.scoreOwn(id, ward(2), Map.of("5", new OwnScore(BigDecimal.ONE, null)),
                true, card(scorecards.of(id).orElseThrow(), 2).version()))).isEqualTo("emulation.score.error.ownMissing");

        as(officers.get(0));
        scorecards.adjust(id, ward(2), "5", new BigDecimal("5"), "Theo biên bản họp cụm",
                card(scorecards.of(id).orElseThrow(), 2).version());
        Standings before = scorecards.of(id).orElseThrow();
        assertThat(line(card(before, 0), "5").result()).as("the other members' score over its own")
                .isEqualByComparingTo("6");
        assertThat(before.cards()).extracting(Card::unitId).containsExactly(ward(0), ward(1), ward(2));
        assertThat(before.cards()).extracting(Card::total).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("88.6"), new BigDecimal("32"), new BigDecimal("5"));

        scorecards.rank(id, before.agreement().version());
        Standings ranked = scorecards.of(id).orElseThrow();
        assertThat(ranked.agreement().status()).isEqualTo(AgreementStatus.RANKED);
        assertThat(ranked.cards()).extracting(Card::rank).containsExactly(1, 2, 3);
        assertThat(ranked.cards()).extracting(Card::total).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("88.6"), new BigDecimal("32"), new BigDecimal("5"));
        assertThat(line(card(ranked, 0), "3").source().detail()).as("the sources kept with the scores")
                .contains("97/100");
        assertThat(card(ranked, 0).inspectionPercent()).isEqualTo(97);
        assertThat(refusal(() -> scorecards.adjust(id, ward(1), "5", BigDecimal.ONE, "Muộn", card(ranked, 1).version())))
                .isEqualTo("emulation.agreement.error.ranked");
    }

    @Test
    void theAgreementAndTheMeetingsMinutesAreDraftedFromTheDataAndNumberedInTheRegister() {
        AgreementId id = agreementOfTheWards();
        ClusterPapers papers = context.getBean(ClusterPapers.class);
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        IssuedDocuments documents = context.getBean(IssuedDocuments.class);

        as(board.drafter());
        DraftId agreementDraft = papers.draft(id, ClusterPaper.AGREEMENT);
        assertThat(papers.draft(id, ClusterPaper.AGREEMENT)).as("written again into the same draft")
                .isEqualTo(agreementDraft);
        assertThat(refusal(() -> papers.draft(id, ClusterPaper.MINUTES))).isEqualTo("emulation.paper.error.notRanked");
        approval.submit(agreementDraft, drafts.find(agreementDraft).orElseThrow().version());
        IssuedDocumentView signed = DraftRouteSteps.agreedSignedAndIssued(context, agreementDraft, board.reviewer(),
                board.leader(), board.clerk(), LocalDate.of(2026, 3, 2));
        assertThat(signed.symbol()).endsWith("/GƯTĐ-BKH.ĐA");
        as(board.drafter());
        assertThat(agreements.find(id).orElseThrow().paper(ClusterPaper.AGREEMENT).orElseThrow().document().symbol())
                .isEqualTo(signed.symbol());
        byte[] agreement = documents.download(signed.id()).bytes();
        Samples.write("ban-giao-uoc-thi-dua.docx", agreement);
        assertThat(WordText.of(agreement)).contains("BẢN GIAO ƯỚC THI ĐUA",
                "Thi đua 6 tháng đầu năm 2026 của Cụm thi đua số 1", "NỘI DUNG VÀ THANG ĐIỂM THI ĐUA",
                "Kết quả thực hiện các chỉ tiêu được giao", "Điểm thưởng", "CHỈ TIÊU CÁC ĐƠN VỊ ĐĂNG KÝ",
                "Phát triển 60 đoàn viên, duy trì 100 chi đoàn", "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC",
                "Họ và tên, chức vụ", "Ký tên", "Tổng điểm tối đa của các tiêu chí chấm điểm: 100 điểm");
        assertThat(refusal(() -> papers.draft(id, ClusterPaper.AGREEMENT))).isEqualTo("emulation.paper.error.issued");

        as(officers.get(0));
        scorecards.adjust(id, ward(1), "5", new BigDecimal("7"), "Tổ chức tốt Tháng Thanh niên",
                card(scorecards.of(id).orElseThrow(), 1).version());
        scorecards.rank(id, scorecards.of(id).orElseThrow().agreement().version());
        as(board.drafter());
        DraftId minutesDraft = papers.draft(id, ClusterPaper.MINUTES);
        approval.submit(minutesDraft, drafts.find(minutesDraft).orElseThrow().version());
        IssuedDocumentView minutes = DraftRouteSteps.agreedSignedAndIssued(context, minutesDraft, board.reviewer(),
                board.leader(), board.clerk(), LocalDate.of(2026, 3, 3));
        as(board.drafter());
        byte[] word = documents.download(minutes.id()).bytes();
        Samples.write("bien-ban-hop-cum-thi-dua.docx", word);
        String[] names = board.wards().stream().map(ward -> context.getBean(Organisation.class).today().nameOf(ward))
                .toArray(String[]::new);
        assertThat(WordText.of(word)).contains("BIÊN BẢN", "KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG",
                "theo Bản giao ước thi đua số " + signed.symbol(), "Hạng", "Tổng điểm", "Điểm kiểm tra",
                "Báo cáo đúng hạn", "ĐIỂM THEO TỪNG TIÊU CHÍ", "ĐIỀU CHỈNH CỦA ĐƠN VỊ CHỦ TRÌ",
                "tiêu chí 5: 7 điểm (Tổ chức tốt Tháng Thanh niên)", "71,6", "97 %")
                .contains(names);
    }

    @Test
    void nobodyOutsideTheClusterAndTheBodySeesItsScores() {
        AgreementId id = agreementOfTheWards();
        as("phucuong");
        assertThatThrownBy(() -> scorecards.of(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(ScorecardEvidence.class).of(id, ward(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clusters.all()).noneMatch(cluster -> cluster.bodyId().equals(board.bodyId()));
        assertThat(campaigns.all()).noneMatch(campaign -> campaign.bodyId().equals(board.bodyId()));
        assertThatThrownBy(() -> campaigns.create(new NewCampaign(board.bodyId(), "Phong trào", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), ""))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAgreementIsOfTheClustersTermOncePerSpanWithItsOwnMembers() {
        as(board.drafter());
        CampaignId campaign = campaigns.create(new NewCampaign(board.bodyId(), "Phong trào thi đua năm 2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ""));
        ClusterId cluster = clusters.create(new NewCluster(board.bodyId(), "Cụm thi đua số 2", 2026, 2027,
                board.wards()));
        NewAgreement offered = agreements.proposal(cluster, campaign, 2026, AgreementSpan.YEAR, null);
        assertThat(offered.inspectionRound()).as("no year-end round").isNull();
        assertThat(offered.criteria()).extracting(AgreementCriterion::source)
                .doesNotContain(ScoreSource.INSPECTION, ScoreSource.REMEDIES);
        assertThat(refusal(() -> agreements.create(new NewAgreement(cluster, campaign, 2026, AgreementSpan.YEAR,
                board.unitId(), null, offered.criteria(), Map.of())))).isEqualTo("emulation.agreement.error.chair");
        assertThat(refusal(() -> agreements.create(new NewAgreement(cluster, campaign, 2026, AgreementSpan.YEAR,
                ward(0), null, offered.criteria(), Map.of(board.unitId(), "Ngoài cụm")))))
                .isEqualTo("emulation.agreement.error.commitmentOfOther");
        assertThat(refusal(() -> agreements.create(new NewAgreement(cluster, null, 2028, AgreementSpan.YEAR, ward(0),
                null, offered.criteria(), Map.of())))).isEqualTo("emulation.agreement.error.term");
        agreements.create(offered);
        assertThat(refusal(() -> agreements.create(offered))).isEqualTo("emulation.agreement.error.twice");
        assertThat(agreements.proposal(cluster, campaign, 2027, AgreementSpan.HALF_YEAR, null).chairUnitId())
                .as("the chair rotates").isEqualTo(ward(1));
        assertThat(refusal(() -> clusters.create(new NewCluster(board.bodyId(), "Cụm lạ", 2026, 2027,
                List.of(ward(0), board.unitId()))))).isEqualTo("emulation.cluster.error.notBelow");
        assertThat(clusters.candidates(board.bodyId())).extracting(Member::unitId)
                .containsExactlyElementsOf(board.wards());
    }

    private AgreementId agreementOfTheWards() {
        as(board.drafter());
        CampaignId campaign = campaigns.create(new NewCampaign(board.bodyId(), "Phong trào thi đua năm 2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Thi đua thực hiện thắng lợi Đề án"));
        ClusterId cluster = clusters.create(new NewCluster(board.bodyId(), "Cụm thi đua số 1", 2026, 2030,
                board.wards()));
        NewAgreement offered = agreements.proposal(cluster, campaign, 2026, AgreementSpan.HALF_YEAR, null);
        return agreements.create(new NewAgreement(cluster, campaign, 2026, AgreementSpan.HALF_YEAR,
                offered.chairUnitId(), offered.inspectionRound(), offered.criteria(),
                Map.of(ward(0), "Phát triển 60 đoàn viên, duy trì 100 chi đoàn")));
    }

    private Scorecards as(String username) {
        Logins.as(userDetails, username);
        return scorecards;
    }

    private UnitId ward(int index) {
        return board.wards().get(index);
    }

    private static Card card(Standings standings, int ward) {
        UnitId unit = standings.agreement().cluster().members().get(ward).unitId();
        return standings.cards().stream().filter(card -> card.unitId().equals(unit)).findFirst().orElseThrow();
    }

    private static Line line(Card card, String code) {
        return card.lines().stream().filter(line -> line.criterion().code().equals(code)).findFirst().orElseThrow();
    }
}
