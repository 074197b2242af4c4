package vn.boardflow.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Map;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.shared.RuleViolation;

/**
 * A score sheet on its way in: drafted as its author types, then sent once under a key, so that a repeated
 * send (a double click, a retry after a lost answer) changes nothing. A ward's inspection holds two, the
 * team's and the ward's own; the entity names their columns.
 */
@Embeddable
class Submission {

    @Column(name = "scores_json")
    private String scoresJson;

    @Column(name = "total")
    private Integer total;

    @Column(name = "submission_key")
    private String submissionKey;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    protected Submission() {
    }

    static Submission empty() {
        Submission submission = new Submission();
        submission.scoresJson = ScoreSheet.write(Map.of());
        return submission;
    }

    boolean submitted() {
        return submittedAt != null;
    }

    /**
     * Whether a send under this key repeats the one already made; another key after a submission is refused
     * with {@code refusalKey}.
     */
    boolean repeats(String key, String refusalKey) {
        if (key == null || key.isBlank()) {
            throw new RuleViolation("inspection.error.submissionKeyRequired");
        }
        if (!submitted()) {
            return false;
        }
        if (key.equals(submissionKey)) {
            return true;
        }
        throw new RuleViolation(refusalKey);
    }

    void draft(Map<String, CriterionScore> checked) {
        this.scoresJson = ScoreSheet.write(checked);
    }

    void submit(String key, Map<String, CriterionScore> complete, String by, Instant at) {
        this.scoresJson = ScoreSheet.write(complete);
        this.total = ScoreSheet.total(complete);
        this.submissionKey = key;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    Map<String, CriterionScore> scores() {
        return scoresJson == null ? Map.of() : ScoreSheet.read(scoresJson);
    }

    Integer total() {
        return total;
    }
}
