package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.WardInspections.RemedyCount;
import vn.boardflow.org.UnitId;

/** The remedial tasks a ward's inspection leaves the ward, as the inspection's own jobs ask about them. */
public interface WardRemedies {

    /** A task for each shortfall the head kept on closing; each draft is checked, none is saved if one fails. */
    void open(WardInspection inspection, List<RemedyDraft> drafts);

    /** How many of the inspection's tasks are still to be accepted, and how many of those are overdue. */
    RemedyCount count(long wardInspectionId);

    /** For each of the round's ward inspections, how its tasks due by that day were put right; none for those without. */
    Map<Long, RemedyTimeliness> timeliness(long roundId, LocalDate asOf);

    /** The task as its evidence asks about it, or empty when there is no such task. */
    Optional<RemedyTarget> target(long remedyId);

    record RemedyTarget(long wardInspectionId, UnitId wardId, boolean open) {
    }

    /** @param onTime of the tasks due, those accepted with the ward's report sent by the deadline */
    record RemedyTimeliness(int due, int onTime) {

        public static final RemedyTimeliness NONE = new RemedyTimeliness(0, 0);
    }
}
