package vn.boardflow.inspection.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.shared.RuleViolation;

/** A ward's inspection with what every job on it reads: its round, its checklist, whether its self-assessment is open. */
@Component
class WardRecords {

    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final ChecklistTemplateRepository templates;
    private final RoundTasks roundTasks;

    WardRecords(WardInspectionRepository inspections, InspectionRoundRepository rounds,
                ChecklistTemplateRepository templates, RoundTasks roundTasks) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.templates = templates;
        this.roundTasks = roundTasks;
    }

    WardInspection load(long id) {
        return inspections.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }

    InspectionRound roundOf(WardInspection inspection) {
        return rounds.findById(inspection.roundId()).orElseThrow();
    }

    Checklist checklistOf(WardInspection inspection) {
        return templates.checklistOf(roundOf(inspection).templateId());
    }

    /** The process takes the self-assessment away on the visit day. */
    boolean selfTaskOpen(WardInspection inspection, InspectionRound round) {
        return roundTasks.isOpen(round, RoundTasks.SELF_ASSESS, RoundTasks.selfFormKey(inspection.id()));
    }
}
