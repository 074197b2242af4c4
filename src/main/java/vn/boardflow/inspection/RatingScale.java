package vn.boardflow.inspection;

import vn.boardflow.shared.RuleViolation;

/**
 * The lowest share of the maximum score, in percent, that earns each rating; below {@code average} a ward
 * is rated Yếu. Each template sets its own scale.
 */
public record RatingScale(int excellent, int good, int fair, int average) {

    /** 90 / 80 / 65 / 50 per cent, the usual scale of the boards' emulation criteria. */
    public static final RatingScale USUAL = new RatingScale(90, 80, 65, 50);

    public RatingScale {
        if (!(100 >= excellent && excellent > good && good > fair && fair > average && average > 0)) {
            throw new RuleViolation("inspection.error.scale", excellent, good, fair, average);
        }
    }

    public Rating rate(int score, int maxScore) {
        if (maxScore <= 0 || score < 0 || score > maxScore) {
            throw new RuleViolation("inspection.error.scoreOutOfRange", score, maxScore);
        }
        // compared in whole numbers: 90 % of 100 is exactly 90, with no rounding at the thresholds
        long percentTimesMax = 100L * score;
        if (percentTimesMax >= (long) excellent * maxScore) {
            return Rating.XUAT_SAC;
        }
        if (percentTimesMax >= (long) good * maxScore) {
            return Rating.TOT;
        }
        if (percentTimesMax >= (long) fair * maxScore) {
            return Rating.KHA;
        }
        if (percentTimesMax >= (long) average * maxScore) {
            return Rating.TRUNG_BINH;
        }
        return Rating.YEU;
    }
}
