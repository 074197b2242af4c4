package vn.boardflow.inspection.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.shared.RuleViolation;

/** A ward's inspection with what every job on it reads: its round, its checklist, whether its self-assessment is open. */
@Component
public class WardRecords {

    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final ChecklistRevisions checklists;
    private final RoundTasks roundTasks;

    WardRecords(WardInspectionRepository inspections, InspectionRoundRepository rounds,
                ChecklistRevisions checklists, RoundTasks roundTasks) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.checklists = checklists;
        this.roundTasks = roundTasks;
    }

    public WardInspection load(long id) {
        return inspections.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }

    /** Writes the change now, so the version the screen gets back is the one stored. */
    long flushed(WardInspection inspection) {
        inspections.flush();
        return inspection.version();
    }

    public InspectionRound roundOf(WardInspection inspection) {
        return rounds.findById(inspection.roundId()).orElseThrow();
    }

    public Checklist checklistOf(WardInspection inspection) {
        return checklists.of(roundOf(inspection).templateId());
    }

    /** The process takes the self-assessment away on the visit day. */
    boolean selfTaskOpen(WardInspection inspection, InspectionRound round) {
        return roundTasks.isOpen(round, RoundTasks.SELF_ASSESS, RoundTasks.selfFormKey(inspection.id()));
    }
}
