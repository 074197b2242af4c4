package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.InspectionEvents.SelfAssessmentSubmitted;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

/** The ward scoring itself before the visit, where the round asks it to, until the visit day. */
@Component
class SelfAssessments {

    private final WardRecords records;
    private final WardAccess wardAccess;
    private final RoundTasks roundTasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfAssessments(WardRecords records, WardAccess wardAccess, RoundTasks roundTasks, ApplicationEventPublisher events,
                    Clock clock) {
        this.records = records;
        this.wardAccess = wardAccess;
        this.roundTasks = roundTasks;
        this.events = events;
        this.clock = clock;
    }

    void saveDraft(WardInspection inspection, long version, Map<String, CriterionScore> scores) {
        checkStillOpen(inspection, checkAsked(inspection));
        inspection.checkVersion(version);
        inspection.saveSelfDraft(scores, records.checklistOf(inspection));
    }

    void submit(WardInspection inspection, String submissionKey, long version, Map<String, CriterionScore> scores) {
        InspectionRound round = checkAsked(inspection);
        if (!inspection.selfSubmitted()) {
            checkStillOpen(inspection, round);
            inspection.checkVersion(version);
        }
        if (inspection.submitSelf(submissionKey, scores, records.checklistOf(inspection), wardAccess.me(),
                clock.instant())) {
            roundTasks.complete(round, RoundTasks.SELF_ASSESS, RoundTasks.selfFormKey(inspection.id()), Map.of());
            events.publishEvent(new SelfAssessmentSubmitted(inspection.id(), inspection.wardId(),
                    inspection.selfTotal()));
        }
    }

    private InspectionRound checkAsked(WardInspection inspection) {
        wardAccess.checkWard(inspection.wardId());
        InspectionRound round = records.roundOf(inspection);
        if (!round.selfAssessment()) {
            throw new RuleViolation("inspection.error.selfNotAsked");
        }
        return round;
    }

    /** A ward still at it when the process took the self-assessment away learns so now, not later. */
    private void checkStillOpen(WardInspection inspection, InspectionRound round) {
        if (inspection.open() && !inspection.selfSubmitted() && !records.selfTaskOpen(inspection, round)) {
            throw new RuleViolation("inspection.error.selfLapsed", VietnameseDates.format(inspection.visitDate()));
        }
    }
}
