package vn.boardflow.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.UnitId;

/**
 * How each unit stands on a body's periodic reports over the first months of a year, for the modules that weigh
 * units against each other (the emulation clusters): how far its accepted figures reached its allocated targets at
 * the pace of those months, and how many of its reports due by then were sent on time. These are facts for a
 * score, read by a service that has already checked who may see the scores it shows.
 */
public interface ReportStandings {

    /**
     * Each unit's standing on the body's forms it reports on, over the year's months up to the last one, as the
     * reports stood on a day; a unit that reports on none of them is left out.
     */
    Map<UnitId, UnitStanding> of(IssuingBodyId bodyId, int year, int lastMonth, LocalDate asOf,
                                 Collection<UnitId> units);

    /**
     * @param targetsPercent the mean over the unit's allocated targets of its accepted actual against the part of
     *                       the annual target of the periods due so far within the months (the straight line of the
     *                       dashboard; a level, such as units maintained, against the whole target), each capped at
     *                       100; {@code null} when none of its targets is allocated to it
     *                       or no period is due yet
     * @param targets        how many allocated targets the mean is taken over
     * @param expected       its reports due by the day asked about
     * @param onTime         those of them sent on time
     * @param formId         the first form it reports on, whose dashboard shows where the figures come from
     */
    record UnitStanding(UnitId unitId, Integer targetsPercent, int targets, int expected, int onTime,
                        ReportFormId formId) {

        /** On time ÷ expected, in percent; {@code null} before any report is due. */
        public Integer timeliness() {
            return expected == 0 ? null : onTime * 100 / expected;
        }
    }
}
