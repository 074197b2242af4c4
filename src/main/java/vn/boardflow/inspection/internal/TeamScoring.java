package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionEvents.WardInspectionSubmitted;
import vn.boardflow.inspection.TeamSheets;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

/** The team's scoring of a ward: drafts saved as they type, then the sheet sent once, after the ward's own. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class TeamScoring implements TeamSheets {

    private final WardRecords records;
    private final EvidenceOnFile evidence;
    private final WardAccess wardAccess;
    private final RoundTasks roundTasks;
    private final WardInspectionViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamScoring(WardRecords records, EvidenceOnFile evidence, WardAccess wardAccess, RoundTasks roundTasks,
                WardInspectionViews views, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.evidence = evidence;
        this.wardAccess = wardAccess;
        this.roundTasks = roundTasks;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long saveDraft(WardInspectionId id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
        wardAccess.checkTeam(inspection);
        inspection.checkVersion(version);
        inspection.saveDraft(scores, records.checklistOf(inspection));
        return records.flushed(inspection);
    }

    /** A repeated submission (a double click, a retry) with the same key changes nothing. */
    @Override
    public WardInspectionView submit(WardInspectionId id, String submissionKey, long version,
                                     Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
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
        records.flushed(inspection);
        return views.of(inspection);
    }
}
