package vn.boardflow.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.boardflow.shared.RuleViolation;

/**
 * A criterion of an agreement (tiêu chí giao ước): what is scored, how it counts, its maximum and its weight (hệ
 * số), by which its score is multiplied in the total.
 *
 * @param code a short code the scorecard refers to it by ("1", "2.a", "T1")
 */
public record AgreementCriterion(String code, String title, CriterionKind kind, ScoreSource source,
                                 BigDecimal maxScore, BigDecimal weight) {

    public AgreementCriterion {
        RuleViolation.require(code != null && code.strip().matches("[0-9A-Za-z.]{1,10}"),
                "emulation.criterion.error.code");
        RuleViolation.require(title != null && !title.isBlank() && title.length() <= 500,
                "emulation.criterion.error.title", code);
        RuleViolation.require(kind != null && source != null, "emulation.criterion.error.kind", code);
        RuleViolation.require(maxScore != null && maxScore.signum() > 0 && maxScore.scale() <= 1
                && maxScore.compareTo(BigDecimal.valueOf(1000)) < 0, "emulation.criterion.error.max", code);
        RuleViolation.require(weight != null && weight.signum() > 0 && weight.compareTo(BigDecimal.TEN) <= 0,
                "emulation.criterion.error.weight", code);
        RuleViolation.require(kind == CriterionKind.SCORED || source == ScoreSource.MANUAL,
                "emulation.criterion.error.bonusManual", code);
        code = code.strip();
        title = title.strip();
    }

    /** The score of a share of the maximum, in percent, to one decimal. */
    public BigDecimal scoreOf(int percent) {
        return maxScore.multiply(BigDecimal.valueOf(Math.max(0, Math.min(100, percent))))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
    }

    /** Refuses a score a unit or the chair typed that is below nothing or above the maximum. */
    public BigDecimal checked(BigDecimal score) {
        RuleViolation.require(score != null && score.signum() >= 0 && score.compareTo(maxScore) <= 0,
                "emulation.score.error.range", code, maxScore.toPlainString());
        return score.setScale(1, RoundingMode.HALF_UP);
    }

    /** What the score adds to (or takes from) the total. */
    public BigDecimal counted(BigDecimal score) {
        return score.multiply(weight).multiply(BigDecimal.valueOf(kind.sign()));
    }
}
