package vn.boardflow.inspection.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionEvents.RoundRevised;
import vn.boardflow.inspection.InspectionEvents.RoundScheduled;
import vn.boardflow.inspection.InspectionEvents.ScheduleConfirmed;
import vn.boardflow.inspection.InspectionRounds.RoundDetails;
import vn.boardflow.inspection.InspectionSchedule.Problem;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;

/**
 * The organisers' work on a round before it starts: its details, the teams and their visits, checked
 * against the body's wards and people, and the confirmed schedule that gives each ward its inspection.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class RoundDrafting implements RoundPlanning {

    private final RoundRecords records;
    private final WardInspectionRepository wardInspections;
    private final ChecklistRevisions checklists;
    private final RoundTasks roundTasks;
    private final Organisation organisation;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;

    RoundDrafting(RoundRecords records, WardInspectionRepository wardInspections, ChecklistRevisions checklists,
                  RoundTasks roundTasks, Organisation organisation, UserDirectory users,
                  ApplicationEventPublisher events) {
        this.records = records;
        this.wardInspections = wardInspections;
        this.checklists = checklists;
        this.roundTasks = roundTasks;
        this.organisation = organisation;
        this.users = users;
        this.events = events;
    }

    @Override
    public void revise(RoundId roundId, long version, RoundDetails details) {
        InspectionRound round = records.organised(roundId);
        checklists.checkAvailable(details.templateId(), round.issuingBodyId());
        long templateBefore = round.templateId();
        boolean selfAssessmentBefore = round.selfAssessment();
        round.revise(version, details.templateId(), details.selfAssessment(), details.purpose());
        events.publishEvent(new RoundRevised(round.id(), round.unitId(), templateBefore, selfAssessmentBefore,
                details.templateId(), details.selfAssessment()));
    }

    @Override
    public List<Problem> saveSchedule(RoundId roundId, long version, InspectionSchedule schedule) {
        InspectionRound round = records.organised(roundId);
        round.reschedule(version, schedule);
        events.publishEvent(new RoundScheduled(round.id(), round.unitId(), schedule.teams().size(),
                schedule.visits().size()));
        return problems(round.unitId(), schedule);
    }

    @Override
    public void confirmSchedule(RoundId roundId, long version) {
        InspectionRound round = records.organised(roundId);
        InspectionSchedule schedule = round.schedule();
        List<Problem> problems = problems(round.unitId(), schedule);
        if (!problems.isEmpty()) {
            Problem first = problems.getFirst();
            throw new RuleViolation(first.messageKey(), first.arguments().toArray());
        }
        round.confirmSchedule(version);
        Map<String, Team> teams = new HashMap<>();
        schedule.teams().forEach(team -> teams.put(team.name(), team));
        List<Long> wardInspectionIds = new ArrayList<>();
        for (Visit visit : schedule.visits()) {
            Team team = teams.get(visit.team());
            wardInspectionIds.add(wardInspections.save(new WardInspection(round.id(), visit.wardId(), team.name(),
                    team.head(), List.copyOf(team.people()), visit.date(), visit.mode())).id());
        }
        // whether the wards score themselves is settled here, as the draft last said, for each ward's branch
        roundTasks.complete(round, RoundTasks.SCHEDULE, null, Map.of("wardInspectionIds", wardInspectionIds,
                "selfAssessment", round.selfAssessment()));
        events.publishEvent(new ScheduleConfirmed(round.id(), round.unitId(), schedule.visits().size()));
    }

    /** The schedule against the body's wards today and the roles its people hold in them. */
    private List<Problem> problems(UnitId unitId, InspectionSchedule schedule) {
        OrgChart chart = organisation.today();
        Map<UnitId, String> wards = new LinkedHashMap<>();
        chart.below(unitId, UnitType.WARD).forEach(ward -> wards.put(ward.id(), ward.name()));
        Set<String> people = new LinkedHashSet<>();
        schedule.teams().forEach(team -> people.addAll(team.people()));
        Map<String, Set<UnitId>> roleWards = new HashMap<>();
        users.unitsHeld(people).forEach((person, units) -> roleWards.put(person, chart.nearest(units, UnitType.WARD)));
        return schedule.problems(wards, roleWards, users.fullNames(people));
    }
}
