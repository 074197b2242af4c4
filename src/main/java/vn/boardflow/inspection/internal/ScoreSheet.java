package vn.boardflow.inspection.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/** The scores and notes of one checklist by criterion code: checked against the checklist, totalled, stored. */
public final class ScoreSheet {

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

    /** A criterion that needs evidence earns points only with a file attached to it. */
    static void checkEvidence(Map<String, CriterionScore> scores, Checklist checklist, Set<String> evidenced) {
        for (Criterion criterion : checklist.criteria()) {
            CriterionScore entry = scores.get(criterion.code());
            boolean scored = entry != null && entry.score() != null && entry.score() > 0;
            if (criterion.evidenceRequired() && scored && !evidenced.contains(criterion.code())) {
                throw new RuleViolation("inspection.error.evidenceMissing", criterion.code(), criterion.text());
            }
        }
    }

    /** A criterion scored below its maximum, with the team's note: what minutes, reports and follow-up name. */
    public record Shortfall(Criterion criterion, int score, String note) {

        /** "tiêu chí 2.1 (Hội viên mới…) đạt 6/10 điểm. Thiếu 4 hội viên." */
        public String describe() {
            return "tiêu chí " + criterion.code() + " (" + criterion.text() + ") đạt " + score + "/"
                    + criterion.maxScore() + " điểm." + (note.isEmpty() ? "" : " " + note);
        }
    }

    public static List<Shortfall> shortfalls(Checklist checklist, Map<String, CriterionScore> scores) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Criterion criterion : checklist.criteria()) {
            CriterionScore entry = scores.get(criterion.code());
            int score = entry == null || entry.score() == null ? 0 : entry.score();
            if (score < criterion.maxScore()) {
                shortfalls.add(new Shortfall(criterion, score, entry == null ? "" : entry.note()));
            }
        }
        return shortfalls;
    }

    static int total(Map<String, CriterionScore> scores) {
        return scores.values().stream().mapToInt(entry -> entry.score() == null ? 0 : entry.score()).sum();
    }

    static String write(Map<String, CriterionScore> scores) {
        return StoredJson.write(scores);
    }

    static Map<String, CriterionScore> read(String json) {
        return StoredJson.read(json, TYPE);
    }
}
