package vn.boardflow.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.org.UnitId;

/**
 * Each ward's inspection as its team fills the checklist: drafts saved as they type, one submission
 * however often it is sent, and the team head closing it with the total and the rating. Only the team
 * (and the round's organisers) see a ward's inspection.
 */
public interface WardInspections {

    /** The ward inspections of the user's teams, by date. */
    List<WardInspectionView> mine();

    Optional<WardInspectionView> find(WardInspectionId id);

    /**
     * A ward's closed inspections across rounds, newest first: for the ward's own officers, and for the
     * organisers and clerks of the bodies above it.
     */
    List<WardInspectionView> historyOf(UnitId wardId);

    /** The wards whose history the user reads as one of their own: the wards of the units they belong to. */
    List<UnitId> ownWards();

    /**
     * A round's wards with their status, scores and ratings: all of them for its organisers and the body's clerk,
     * the wards of their own teams for inspectors, none for anyone else.
     */
    List<WardInspectionView> ofRound(RoundId roundId);

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

    /**
     * The ward's officers keep their own scores as they enter them, while the round asks the ward to score
     * itself and the team has not yet sent its result.
     *
     * @return the new version
     */
    long saveSelfAssessment(WardInspectionId id, long version, Map<String, CriterionScore> scores);

    /** The ward sends its own scores; like the team's submission, a repeated send with the same key counts once. */
    WardInspectionView submitSelfAssessment(WardInspectionId id, String submissionKey, long version,
                                            Map<String, CriterionScore> scores);

    /**
     * The team head accepts the submitted checklist and closes the ward's inspection; each remedy becomes a
     * remedial task for the ward (see {@link Remedies}).
     */
    void close(WardInspectionId id, List<Remedies.RemedyDraft> remedies);

    /**
     * The records clerk issues the closed inspection's minutes (Biên bản kiểm tra) through the body's
     * register, with the score table, sent to the ward's board.
     */
    IssuedDocumentView issueMinutes(WardInspectionId id, LocalDate issuedOn);

    enum WardStatus {
        SCHEDULED,
        DRAFTING,
        SUBMITTED,
        CLOSED;

        public String messageKey() {
            return "inspection.wardStatus." + name();
        }
    }

    /** @param score {@code null} while not yet scored */
    record CriterionScore(Integer score, String note) {

        public CriterionScore {
            note = note == null ? "" : note.strip();
        }
    }

    /**
     * @param scores          the team's scores; empty for the ward's officers until the inspection is closed
     * @param mayFill         the user is of the team and the checklist is still open
     * @param mayClose        the user heads the team and the checklist is submitted
     * @param mayIssueMinutes the user is the body's records clerk and the closed inspection has no minutes yet
     * @param self            the ward's own scores, when the round asks for them
     * @param remedies        how many of its remedial tasks are not yet accepted, and how many of those are late
     */
    record WardInspectionView(WardInspectionId id, RoundId roundId, int year, InspectionPeriod period, UnitId wardId, String wardName,
                              String team, String head, List<String> inspectors, LocalDate date, InspectionMode mode,
                              WardStatus status, Checklist checklist, Map<String, CriterionScore> scores,
                              Integer total, Rating rating, long version, boolean mayFill, boolean mayClose,
                              Long minutesId, String minutesSymbol, boolean mayIssueMinutes,
                              SelfAssessment self, RemedyCount remedies) {
    }

    record RemedyCount(int open, int overdue) {
    }

    /**
     * @param asked         whether the round asks the ward to score itself
     * @param open          the ward may still send its scores: asked, not yet sent, and not past the visit day
     * @param mayFill       the user is an officer of the ward and the self-assessment is open
     */
    record SelfAssessment(boolean asked, Map<String, CriterionScore> scores, Integer total, boolean submitted,
                          boolean open, boolean mayFill) {
    }
}
