package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.InspectionEvents.RoundOpened;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.Workflows.StartCase;
import vn.boardflow.workflow.Workflows;

/**
 * Opens a round and starts its process, whoever asked: a secretariat member by hand, or the daily timer on
 * the opening dates. The caller has checked who may.
 */
@Component
class RoundStarter {

    private final InspectionRoundRepository rounds;
    private final ChecklistRevisions checklists;
    private final Workflows workflows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundStarter(InspectionRoundRepository rounds, ChecklistRevisions checklists, Workflows workflows,
                 ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.checklists = checklists;
        this.workflows = workflows;
        this.events = events;
        this.clock = clock;
    }

    /** @param openedBy a user name, or "system" for the timer, which starts the process unattended */
    InspectionRound open(OpenRound command, UnitId unitId, String openedBy, boolean unattended) {
        checklists.checkAvailable(command.templateId(), command.issuingBodyId());
        if (rounds.existsByIssuingBodyIdAndYearAndPeriod(command.issuingBodyId().value(), command.year(), command.period())) {
            throw new RuleViolation("inspection.error.roundExists", command.year());
        }
        InspectionRound round = rounds.save(new InspectionRound(command.issuingBodyId(), unitId, command.year(),
                command.period(), command.templateId(), command.selfAssessment(), command.purpose(), clock.instant(),
                openedBy));
        StartCase start = new StartCase(RoundTasks.PROCESS_KEY, "round:" + round.id(),
                command.period().roundTitle(command.year()), unitId,
                Map.of("roundId", round.id()));
        round.startedAs(unattended ? workflows.startUnattended(start) : workflows.start(start));
        events.publishEvent(new RoundOpened(round.id(), unitId, command.year(), command.period(), openedBy));
        return round;
    }
}
