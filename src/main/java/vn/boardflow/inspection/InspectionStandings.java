package vn.boardflow.inspection;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.org.UnitId;

/**
 * How each ward came out of a body's inspection round, for the modules that weigh wards against each other (the
 * emulation clusters): the closed inspections' totals and ratings, and how the remedial tasks they left were put
 * right. These are facts for a score, read by a service that has already checked who may see the scores it shows.
 */
public interface InspectionStandings {

    /** The wards' standings in a round, their remedial tasks as of a day; empty when there is no such round. */
    Optional<RoundStanding> of(RoundId roundId, LocalDate asOf);

    /** How documents and screens name the round ("Kiểm tra 6 tháng đầu năm 2026"); empty when there is none. */
    Optional<String> titleOf(RoundId roundId);

    /** @param wards the standing of each ward of the round, whether or not its inspection is closed */
    record RoundStanding(RoundId roundId, String title, Map<UnitId, WardStanding> wards) {

        public RoundStanding {
            wards = Map.copyOf(wards);
        }
    }

    /**
     * @param total          the team's total once the inspection is closed, {@code null} before
     * @param rating         the rating of that total, {@code null} before
     * @param remediesDue    the remedial tasks whose deadline fell on or before the day asked about
     * @param remediesOnTime those of them put right in time: accepted, with the ward's report sent by the deadline
     */
    record WardStanding(UnitId wardId, WardInspectionId inspectionId, Integer total, int maxScore, Rating rating,
                        int remediesDue, int remediesOnTime) {

        /** The total as a share of the checklist's maximum, in percent; {@code null} while not closed. */
        public Integer percent() {
            return total == null || maxScore == 0 ? null : total * 100 / maxScore;
        }
    }
}
