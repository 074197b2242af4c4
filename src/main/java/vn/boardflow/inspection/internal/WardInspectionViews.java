package vn.boardflow.inspection.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.WardInspections.SelfAssessment;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;

/** A ward's inspection as the signed-in user may see it: the team's scores hidden from the ward until it is closed. */
@Component
class WardInspectionViews {

    private final WardRecords records;
    private final WardRemedies remedies;
    private final WardAccess wardAccess;
    private final AccessPolicy access;
    private final Organisation organisation;

    WardInspectionViews(WardRecords records, WardRemedies remedies, WardAccess wardAccess,
                        AccessPolicy access, Organisation organisation) {
        this.records = records;
        this.remedies = remedies;
        this.wardAccess = wardAccess;
        this.access = access;
        this.organisation = organisation;
    }

    WardInspectionView of(WardInspection inspection) {
        InspectionRound round = records.roundOf(inspection);
        boolean team = wardAccess.isTeam(inspection);
        boolean ward = wardAccess.ofWard(inspection.wardId());
        // The ward sees the team's scores once the inspection is closed, not while the team is still at work.
        boolean showScores = team || inspection.status() == WardStatus.CLOSED || wardAccess.oversees(round);
        boolean selfOpen = round.selfAssessment() && !inspection.selfSubmitted() && inspection.open()
                && records.selfTaskOpen(inspection, round);
        SelfAssessment self = new SelfAssessment(round.selfAssessment(), inspection.selfScores(),
                inspection.selfTotal(), inspection.selfSubmitted(), selfOpen, selfOpen && ward);
        return new WardInspectionView(inspection.inspectionId(), round.roundId(), round.year(), round.period(), inspection.wardId(),
                organisation.today().nameOf(inspection.wardId()), inspection.teamName(), inspection.teamHead(),
                inspection.inspectors(), inspection.visitDate(), inspection.mode(), inspection.status(),
                records.checklistOf(inspection), showScores ? inspection.scores() : Map.of(),
                showScores ? inspection.totalScore() : null, showScores ? inspection.rating() : null,
                inspection.version(), inspection.open() && team,
                inspection.status() == WardStatus.SUBMITTED && wardAccess.isHead(inspection),
                inspection.minutesId(), inspection.minutesSymbol(), inspection.status() == WardStatus.CLOSED
                && inspection.minutesId() == null && access.can(Role.CLERK, round.unitId()), self,
                remedies.count(inspection.id()));
    }
}
