package vn.boardflow.inspection.internal;

import java.util.Date;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.InspectionEvents.VisitReminded;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.Notices;

/**
 * What the {@code inspectionRound} process asks about a ward's inspection: who fills its checklist
 * ({@code ${inspectionTeams.inspectors(wardInspectionId)}}), who closes it, who scores the ward itself,
 * when the visit is and when the team is reminded of it, and whether every ward of the round is closed.
 */
@Component("inspectionTeams")
class InspectionTeams {

    private final WardInspectionRepository inspections;
    private final WardPeople wardPeople;
    private final Organisation organisation;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    InspectionTeams(WardInspectionRepository inspections, WardPeople wardPeople, Organisation organisation,
                    Notices notices, ApplicationEventPublisher events) {
        this.inspections = inspections;
        this.wardPeople = wardPeople;
        this.organisation = organisation;
        this.notices = notices;
        this.events = events;
    }

    public List<String> inspectors(long wardInspectionId) {
        return load(wardInspectionId).inspectors();
    }

    public String head(long wardInspectionId) {
        return load(wardInspectionId).teamHead();
    }

    public List<String> wardOfficers(long wardInspectionId) {
        return wardPeople.candidateGroups(load(wardInspectionId).wardId());
    }

    /** The start of the visit day: the ward's self-assessment closes then, and the team's task is due. */
    public Date visitDay(long wardInspectionId) {
        return Date.from(load(wardInspectionId).visitDate().atStartOfDay(VietnameseDates.ZONE).toInstant());
    }

    public Date visitReminder(long wardInspectionId) {
        return Date.from(load(wardInspectionId).visitDate().minusDays(1).atTime(RoundTasks.REMINDER_TIME)
                .atZone(VietnameseDates.ZONE).toInstant());
    }

    public void remindTeam(long wardInspectionId) {
        WardInspection inspection = load(wardInspectionId);
        if (!inspection.open()) {
            return;
        }
        notices.send(inspection.inspectors(), new Notice("notice.inspectionVisit",
                List.of(inspection.teamName(), organisation.today().nameOf(inspection.wardId()),
                        VietnameseDates.format(inspection.visitDate())), RoundTasks.wardFormKey(wardInspectionId)));
        events.publishEvent(new VisitReminded(wardInspectionId, inspection.wardId(), inspection.inspectors()));
    }

    /** Read after the ward's closing was flushed, under the round's lock, so the last ward closed sees it. */
    public boolean allClosed(long roundId) {
        return inspections.countByRoundIdAndStatusNot(roundId, WardStatus.CLOSED) == 0;
    }

    private WardInspection load(long wardInspectionId) {
        return inspections.findById(wardInspectionId)
                .orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }
}
