package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionEvents.SelfAssessmentSubmitted;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardSelfAssessments;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

/** The ward scoring itself before the visit, where the round asks it to, until the visit day. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class SelfAssessments implements WardSelfAssessments {

    private final WardRecords records;
    private final WardAccess wardAccess;
    private final RoundTasks roundTasks;
    private final WardInspectionViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfAssessments(WardRecords records, WardAccess wardAccess, RoundTasks roundTasks, WardInspectionViews views,
                    ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.wardAccess = wardAccess;
        this.roundTasks = roundTasks;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long save(WardInspectionId id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
        checkStillOpen(inspection, checkAsked(inspection));
        inspection.checkVersion(version);
        inspection.saveSelfDraft(scores, records.checklistOf(inspection));
        return records.flushed(inspection);
    }

    @Override
    public WardInspectionView submit(WardInspectionId id, String submissionKey, long version,
                                     Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
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
        records.flushed(inspection);
        return views.of(inspection);
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
