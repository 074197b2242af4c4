package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.InspectionEvents.WardInspectionSubmitted;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

/** The team's scoring of a ward: drafts saved as they type, then the sheet sent once, after the ward's own. */
@Component
class TeamScoring {

    private final WardRecords records;
    private final EvidenceOnFile evidence;
    private final WardAccess wardAccess;
    private final RoundTasks roundTasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamScoring(WardRecords records, EvidenceOnFile evidence, WardAccess wardAccess, RoundTasks roundTasks,
                ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.evidence = evidence;
        this.wardAccess = wardAccess;
        this.roundTasks = roundTasks;
        this.events = events;
        this.clock = clock;
    }

    void saveDraft(WardInspection inspection, long version, Map<String, CriterionScore> scores) {
        wardAccess.checkTeam(inspection);
        inspection.checkVersion(version);
        inspection.saveDraft(scores, records.checklistOf(inspection));
    }

    /** A repeated submission (a double click, a retry) with the same key changes nothing. */
    void submit(WardInspection inspection, String submissionKey, long version, Map<String, CriterionScore> scores) {
        wardAccess.checkTeam(inspection);
        InspectionRound round = records.roundOf(inspection);
        if (inspection.open()) {
            inspection.checkVersion(version);
            if (records.selfTaskOpen(inspection, round)) {
                throw new RuleViolation("inspection.error.selfAssessmentPending",
                        VietnameseDates.format(inspection.visitDate()));
            }
        }
        if (inspection.submit(submissionKey, scores, records.checklistOf(inspection), evidence.criteriaBacked(inspection.id()),
                wardAccess.me(), clock.instant())) {
            roundTasks.complete(round, RoundTasks.FILL, RoundTasks.wardFormKey(inspection.id()), Map.of());
            events.publishEvent(new WardInspectionSubmitted(inspection.id(), inspection.wardId(),
                    inspection.totalScore(), inspection.rating()));
        }
    }
}
