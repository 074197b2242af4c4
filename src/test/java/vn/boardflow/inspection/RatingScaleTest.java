package vn.boardflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.boardflow.shared.RuleViolation;

class RatingScaleTest {

    @Test
    void theThresholdsAreTheLowestScoreOfEachRating() {
        RatingScale usual = RatingScale.USUAL;
        assertThat(usual.rate(100, 100)).isEqualTo(Rating.XUAT_SAC);
        assertThat(usual.rate(90, 100)).isEqualTo(Rating.XUAT_SAC);
        assertThat(usual.rate(89, 100)).isEqualTo(Rating.TOT);
        assertThat(usual.rate(80, 100)).isEqualTo(Rating.TOT);
        assertThat(usual.rate(79, 100)).isEqualTo(Rating.KHA);
        assertThat(usual.rate(65, 100)).isEqualTo(Rating.KHA);
        assertThat(usual.rate(64, 100)).isEqualTo(Rating.TRUNG_BINH);
        assertThat(usual.rate(50, 100)).isEqualTo(Rating.TRUNG_BINH);
        assertThat(usual.rate(49, 100)).isEqualTo(Rating.YEU);
        assertThat(usual.rate(0, 100)).isEqualTo(Rating.YEU);
    }

    @Test
    void aScaleIsAShareOfTheTemplatesMaximumWithoutRounding() {
        RatingScale scale = new RatingScale(95, 85, 70, 50);
        assertThat(scale.rate(57, 60)).as("95 %% of 60 is exactly 57").isEqualTo(Rating.XUAT_SAC);
        assertThat(scale.rate(56, 60)).isEqualTo(Rating.TOT);
        assertThat(scale.rate(30, 60)).isEqualTo(Rating.TRUNG_BINH);
        assertThat(scale.rate(29, 60)).isEqualTo(Rating.YEU);
    }

    @Test
    void refusesScalesOutOfOrderAndScoresOutOfRange() {
        assertThatThrownBy(() -> new RatingScale(80, 90, 65, 50)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new RatingScale(101, 90, 65, 50)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> RatingScale.USUAL.rate(101, 100)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> RatingScale.USUAL.rate(-1, 100)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theStandardChecklistScoresOutOfAHundredInEightGroups() {
        Checklist standard = StandardChecklist.CHECKLIST;
        assertThat(standard.groups()).hasSize(8);
        assertThat(standard.maxScore()).isEqualTo(100);
        assertThat(standard.criteria()).anySatisfy(criterion -> assertThat(criterion.evidenceRequired()).isTrue());
        assertThat(standard.rate(86)).isEqualTo(Rating.TOT);
    }
}
