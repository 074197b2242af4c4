package vn.boardflow.emulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boardflow.Refusals.refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.CriterionKind;
import vn.boardflow.emulation.ScoreSource;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.emulation.Scorecards.Source;
import vn.boardflow.emulation.internal.SystemScores.Facts;
import vn.boardflow.emulation.internal.SystemScores.SystemScore;
import vn.boardflow.org.UnitId;

class CardScoringTest {

    static final UnitId WARD = UnitId.of(11);
    static final UnitId OTHER = UnitId.of(12);
    static final UnitId THIRD = UnitId.of(13);
    static final List<AgreementCriterion> CRITERIA = List.of(
            criterion("1", CriterionKind.SCORED, ScoreSource.TARGETS, 30),
            criterion("5", CriterionKind.SCORED, ScoreSource.MANUAL, 10),
            criterion("T", CriterionKind.BONUS, ScoreSource.MANUAL, 5),
            criterion("Tr", CriterionKind.PENALTY, ScoreSource.MANUAL, 5));

    static AgreementCriterion criterion(String code, CriterionKind kind, ScoreSource source, int max) {
        return new AgreementCriterion(code, "Tiêu chí " + code, kind, source, BigDecimal.valueOf(max), BigDecimal.ONE);
    }

    static Facts targetsAt(String score, Integer inspection, Integer timeliness) {
        return new Facts(Map.of("1", new SystemScore(new BigDecimal(score),
                new Source(ScoreSource.TARGETS, "Đạt bình quân 90 %", 7))), inspection, timeliness);
    }

    @Test
    void eachLineCountsTheChairsScoreElseTheSystemsElseTheOtherMembersElseItsOwn() {
        Scorecard card = new Scorecard(AgreementId.of(1), WARD);
        card.scoreOwn(Map.of("1", new BigDecimal("30"), "5", new BigDecimal("8"), "T", new BigDecimal("2"),
                "Tr", new BigDecimal("1")), Map.of("5", "Biên bản sinh hoạt chi đoàn"), false, "ph", Instant.EPOCH);
        card.scoreAsPeer(OTHER, Map.of("5", new BigDecimal("6")));
        card.scoreAsPeer(THIRD, Map.of("5", new BigDecimal("7")));

        Card scored = CardScoring.card(CRITERIA, card, "Phường An", targetsAt("27.0", 90, 100), OTHER, true);

        Line targets = scored.lines().getFirst();
        assertThat(targets.system()).isEqualByComparingTo("27");
        assertThat(targets.result()).as("the system's score over the unit's own").isEqualByComparingTo("27");
        assertThat(targets.source().detail()).isEqualTo("Đạt bình quân 90 %");
        Line work = scored.lines().get(1);
        assertThat(work.own()).isEqualByComparingTo("8");
        assertThat(work.ownNote()).isEqualTo("Biên bản sinh hoạt chi đoàn");
        assertThat(work.peerMean()).isEqualByComparingTo("6.5");
        assertThat(work.peers()).isEqualTo(2);
        assertThat(work.mine()).as("the viewer's own peer score").isEqualByComparingTo("6");
        assertThat(work.result()).as("the other members' mean over the unit's own").isEqualByComparingTo("6.5");
        assertThat(scored.total()).as("27 + 6.5 + 2 bonus − 1 penalty").isEqualByComparingTo("34.5");

        card.adjust("1", new BigDecimal("25"), "Số liệu tháng 5 chưa được duyệt");
        Card adjusted = CardScoring.card(CRITERIA, card, "Phường An", targetsAt("27.0", 90, 100), null, false);
        assertThat(adjusted.lines().getFirst().result()).isEqualByComparingTo("25");
        assertThat(adjusted.lines().getFirst().chairReason()).isEqualTo("Số liệu tháng 5 chưa được duyệt");
        assertThat(adjusted.total()).isEqualByComparingTo("32.5");
    }

    @Test
    void aSystemCriterionWithoutDataFallsToTheUnitsAndAnUnscoredLineCountsNothing() {
        Scorecard card = new Scorecard(AgreementId.of(1), WARD);
        card.scoreOwn(Map.of("1", new BigDecimal("20")), Map.of(), false, "ph", Instant.EPOCH);

        Card scored = CardScoring.card(CRITERIA, card, "Phường An", Facts.NONE, null, true);

        assertThat(scored.lines().getFirst().system()).isNull();
        assertThat(scored.lines().getFirst().result()).isEqualByComparingTo("20");
        assertThat(scored.lines().get(1).result()).isNull();
        assertThat(scored.total()).isEqualByComparingTo("20");
    }

    @Test
    void aMemberDoesNotScoreItselfAsAPeerNorChangeItsOwnScoresOnceSent() {
        Scorecard card = new Scorecard(AgreementId.of(1), WARD);
        assertThat(refusal(() -> card.scoreAsPeer(WARD, Map.of("5", BigDecimal.ONE))))
                .isEqualTo("emulation.score.error.selfAsPeer");
        card.scoreOwn(Map.of("5", BigDecimal.ONE), Map.of(), true, "ph", Instant.EPOCH);
        assertThat(refusal(() -> card.scoreOwn(Map.of("5", BigDecimal.TWO), Map.of(), false, "ph", Instant.EPOCH)))
                .isEqualTo("emulation.score.error.ownSent");
        assertThat(refusal(() -> card.adjust("5", BigDecimal.TWO, " "))).isEqualTo("emulation.score.error.reasonRequired");
    }

    @Test
    void tiesGoToTheInspectionScoreThenTimelinessAndMembersEqualInAllShareTheirRank() {
        List<Card> ranked = CardScoring.ranked(List.of(
                card("Phường A", "80", 90, 100),
                card("Phường B", "80", 95, 80),
                card("Phường C", "92.5", null, null),
                card("Phường D", "80", 95, 90),
                card("Phường E", "80", 90, 100),
                card("Phường F", "80", null, 100)));

        assertThat(ranked).extracting(Card::unitName)
                .containsExactly("Phường C", "Phường D", "Phường B", "Phường A", "Phường E", "Phường F");
        assertThat(ranked).extracting(Card::rank).containsExactly(1, 2, 3, 4, 4, 6);
    }

    private static Card card(String name, String total, Integer inspection, Integer timeliness) {
        return new Card(UnitId.of(1 + (name.hashCode() & 0xffff)), name, List.of(), new BigDecimal(total), 0, true,
                inspection, timeliness, 0, false);
    }
}
