package vn.boardflow.inspection.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.shared.RuleViolation;

/** The scores and notes of one checklist by criterion code: checked against the checklist, totalled, stored. */
final class ScoreSheet {

    static final int MAX_NOTE = 2000;
    private static final TypeReference<Map<String, CriterionScore>> TYPE = new TypeReference<>() {
    };

    private ScoreSheet() {
    }

    /**
     * Keeps the checklist's criteria only, in its order; refuses a score out of range, and with
     * {@code complete} a criterion left unscored.
     */
    static Map<String, CriterionScore> checked(Map<String, CriterionScore> scores, Checklist checklist, boolean complete) {
        Map<String, CriterionScore> kept = new LinkedHashMap<>();
        for (Criterion criterion : checklist.criteria()) {
            CriterionScore entry = scores.get(criterion.code());
            Integer score = entry == null ? null : entry.score();
            if (score != null && (score < 0 || score > criterion.maxScore())) {
                throw new RuleViolation("inspection.error.scoreRange", criterion.code(), criterion.maxScore());
            }
            if (complete && score == null) {
                throw new RuleViolation("inspection.error.unscored", criterion.code(), criterion.text());
            }
            if (entry != null && entry.note().length() > MAX_NOTE) {
                throw new RuleViolation("inspection.error.noteTooLong", criterion.code(), MAX_NOTE);
            }
            if (entry != null) {
                kept.put(criterion.code(), entry);
            }
        }
        return kept;
    }

    static int total(Map<String, CriterionScore> scores) {
        return scores.values().stream().mapToInt(entry -> entry.score() == null ? 0 : entry.score()).sum();
    }

    static String write(Map<String, CriterionScore> scores) {
        return InspectionJson.write(scores);
    }

    static Map<String, CriterionScore> read(String json) {
        return InspectionJson.read(json, TYPE);
    }
}
