package vn.boardflow.inspection;

import java.util.List;
import vn.boardflow.inspection.InspectionRounds.RoundDetails;
import vn.boardflow.inspection.InspectionSchedule.Problem;

/**
 * The organisers' work on a round before it starts (the body's drafters and leaders): its details, its teams
 * and the wards they visit, and the schedule confirmed once it keeps every rule.
 */
public interface RoundPlanning {

    /**
     * Changes a draft round's checklist, self-assessment and purpose, as the timer opened it or as first
     * written; refuses when someone saved the round since {@code version} was read, or once it is scheduled.
     */
    void revise(RoundId roundId, long version, RoundDetails details);

    /**
     * Saves the teams and visits as drafted, breaches and all, so work is never lost; refuses when someone
     * saved since {@code version} was read.
     *
     * @return the breaches of the saved schedule, empty when it can be confirmed
     */
    List<Problem> saveSchedule(RoundId roundId, long version, InspectionSchedule schedule);

    /** Confirms a schedule that keeps every rule: each ward's inspection is set up for its team. */
    void confirmSchedule(RoundId roundId, long version);
}
