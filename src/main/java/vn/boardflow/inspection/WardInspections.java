package vn.boardflow.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.org.UnitId;

/**
 * Each ward's inspection as its screens find it: the team's, a round's, a ward's history. Only the team,
 * the round's organisers and the ward itself see a ward's inspection (the team's scores once it is closed).
 * The team fills it through {@link TeamSheets}, the ward scores itself through {@link WardSelfAssessments},
 * the head closes it through {@link WardInspectionClosing} and the clerk issues its {@link WardMinutes}.
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
