package vn.boardflow.inspection;

import java.util.Map;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;

/** The ward scoring itself before the visit, where the round asks it to, until the visit day. */
public interface WardSelfAssessments {

    /**
     * The ward's officers keep their own scores as they enter them, while the round asks the ward to score
     * itself and the team has not yet sent its result.
     *
     * @return the new version
     */
    long save(WardInspectionId id, long version, Map<String, CriterionScore> scores);

    /** The ward sends its own scores; like the team's submission, a repeated send with the same key counts once. */
    WardInspectionView submit(WardInspectionId id, String submissionKey, long version, Map<String, CriterionScore> scores);
}
