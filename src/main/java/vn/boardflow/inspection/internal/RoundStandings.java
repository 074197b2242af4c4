package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionStandings;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.inspection.internal.WardRemedies.RemedyTimeliness;
import vn.boardflow.org.UnitId;

/** A round's wards read in three queries: the round, its ward inspections, and its remedial tasks. */
@Service
@Transactional(readOnly = true)
class RoundStandings implements InspectionStandings {

    private final InspectionRoundRepository rounds;
    private final WardInspectionRepository inspections;
    private final ChecklistRevisions checklists;
    private final WardRemedies remedies;

    RoundStandings(InspectionRoundRepository rounds, WardInspectionRepository inspections,
                   ChecklistRevisions checklists, WardRemedies remedies) {
        this.rounds = rounds;
        this.inspections = inspections;
        this.checklists = checklists;
        this.remedies = remedies;
    }

    @Override
    public Optional<String> titleOf(RoundId roundId) {
        return rounds.findById(roundId.value()).map(round -> round.period().roundTitle(round.year()));
    }

    @Override
    public Optional<RoundStanding> of(RoundId roundId, LocalDate asOf) {
        return rounds.findById(roundId.value()).map(round -> {
            int maxScore = checklists.of(round.templateId()).maxScore();
            List<WardInspection> wards = inspections.findByRoundIdOrderByVisitDateAscIdAsc(round.id());
            Map<Long, RemedyTimeliness> tasks = remedies.timeliness(round.id(), asOf);
            Map<UnitId, WardStanding> standings = new HashMap<>();
            for (WardInspection ward : wards) {
                boolean closed = ward.status() == WardStatus.CLOSED;
                RemedyTimeliness done = tasks.getOrDefault(ward.id(), RemedyTimeliness.NONE);
                standings.put(ward.wardId(), new WardStanding(ward.wardId(), WardInspectionId.of(ward.id()),
                        closed ? ward.totalScore() : null, maxScore, closed ? ward.rating() : null, done.due(),
                        done.onTime()));
            }
            return new RoundStanding(roundId, round.period().roundTitle(round.year()), standings);
        });
    }
}
