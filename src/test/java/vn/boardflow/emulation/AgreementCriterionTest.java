package vn.boardflow.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boardflow.Refusals.refusal;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AgreementCriterionTest {

    static final AgreementCriterion TARGETS = new AgreementCriterion("1", "Chỉ tiêu", CriterionKind.SCORED,
            ScoreSource.TARGETS, new BigDecimal("30"), BigDecimal.ONE);

    @Test
    void aShareOfTheMaximumIsScoredToOneDecimalWithinTheMaximum() {
        assertThat(TARGETS.scoreOf(87)).isEqualByComparingTo("26.1");
        assertThat(TARGETS.scoreOf(100)).isEqualByComparingTo("30");
        assertThat(TARGETS.scoreOf(140)).isEqualByComparingTo("30");
        assertThat(TARGETS.scoreOf(-5)).isEqualByComparingTo("0");
    }

    @Test
    void aTypedScoreIsBetweenNothingAndTheMaximum() {
        assertThat(TARGETS.checked(new BigDecimal("27.45"))).isEqualByComparingTo("27.5");
        assertThat(refusal(() -> TARGETS.checked(new BigDecimal("30.5")))).isEqualTo("emulation.score.error.range");
        assertThat(refusal(() -> TARGETS.checked(new BigDecimal("-1")))).isEqualTo("emulation.score.error.range");
        assertThat(refusal(() -> TARGETS.checked(null))).isEqualTo("emulation.score.error.range");
    }

    @Test
    void aPenaltyTakesAwayItsScoreTimesItsWeight() {
        AgreementCriterion penalty = new AgreementCriterion("Tr", "Điểm trừ", CriterionKind.PENALTY,
                ScoreSource.MANUAL, BigDecimal.TEN, new BigDecimal("1.5"));
        assertThat(penalty.counted(new BigDecimal("2"))).isEqualByComparingTo("-3");
        assertThat(TARGETS.counted(new BigDecimal("20"))).isEqualByComparingTo("20");
    }

    @Test
    void aBonusOrPenaltyIsScoredByTheUnitsAndEveryCriterionIsWellFormed() {
        assertThat(refusal(() -> new AgreementCriterion("T", "Thưởng", CriterionKind.BONUS, ScoreSource.TARGETS,
                BigDecimal.TEN, BigDecimal.ONE))).isEqualTo("emulation.criterion.error.bonusManual");
        assertThat(refusal(() -> new AgreementCriterion("1 a", "Tiêu chí", CriterionKind.SCORED, ScoreSource.MANUAL,
                BigDecimal.TEN, BigDecimal.ONE))).isEqualTo("emulation.criterion.error.code");
        assertThat(refusal(() -> new AgreementCriterion("1", " ", CriterionKind.SCORED, ScoreSource.MANUAL,
                BigDecimal.TEN, BigDecimal.ONE))).isEqualTo("emulation.criterion.error.title");
        assertThat(refusal(() -> new AgreementCriterion("1", "Tiêu chí", CriterionKind.SCORED, ScoreSource.MANUAL,
                new BigDecimal("0"), BigDecimal.ONE))).isEqualTo("emulation.criterion.error.max");
        assertThat(refusal(() -> new AgreementCriterion("1", "Tiêu chí", CriterionKind.SCORED, ScoreSource.MANUAL,
                BigDecimal.TEN, new BigDecimal("11")))).isEqualTo("emulation.criterion.error.weight");
    }
}
