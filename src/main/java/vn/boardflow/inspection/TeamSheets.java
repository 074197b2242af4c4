package vn.boardflow.inspection;

import java.util.Map;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;

/** The team's checklist of a ward, filled on the phone: drafts saved as they type, then sent once. */
public interface TeamSheets {

    /**
     * Keeps what the team has entered so far; scores may be missing but not out of range.
     *
     * @return the new version
     */
    long saveDraft(WardInspectionId id, long version, Map<String, CriterionScore> scores);

    /**
     * Submits the filled checklist. The key identifies this submission: sending it again (a double tap, or
     * again after the connection dropped) changes nothing and answers as the first time did.
     */
    WardInspectionView submit(WardInspectionId id, String submissionKey, long version, Map<String, CriterionScore> scores);
}
