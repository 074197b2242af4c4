package vn.boardflow.inspection.internal;

import java.util.List;
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

    /** The task as its evidence asks about it, or empty when there is no such task. */
    Optional<RemedyTarget> target(long remedyId);

    record RemedyTarget(long wardInspectionId, UnitId wardId, boolean open) {
    }
}
