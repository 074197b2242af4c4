package vn.boardflow.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.plan.PlanningBoard;

/** What inspection tests set up again and again: the standard checklist and a simple confirmed schedule. */
public final class InspectionFixtures {

    private InspectionFixtures() {
    }

    public static long standardChecklist(ChecklistTemplates templates) {
        return templates.current().stream()
                .filter(candidate -> candidate.checklist().name().equals(StandardChecklist.NAME)).findFirst()
                .orElseThrow().id();
    }

    /**
     * Confirms one team, the board's reviewer heading it with its clerk, visiting the round's wards a day
     * apart from {@code firstDay}, the last one on papers; the signed-in user organises the round.
     */
    public static void scheduleOneTeam(InspectionRounds rounds, RoundPlanning planning, PlanningBoard board,
                                       RoundId roundId, LocalDate firstDay) {
        List<WardRef> wards = rounds.wards(roundId);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            visits.add(new Visit(wards.get(i).id(), "Đoàn 1", firstDay.plusDays(i),
                    i == wards.size() - 1 ? InspectionMode.ON_PAPERS : InspectionMode.ON_SITE));
        }
        planning.saveSchedule(roundId, rounds.find(roundId).orElseThrow().version(), new InspectionSchedule(
                List.of(new Team("Đoàn 1", board.reviewer(), List.of(board.clerk()))), visits));
        planning.confirmSchedule(roundId, rounds.find(roundId).orElseThrow().version());
    }

    /** Every criterion of the standard checklist at its maximum, as a scoring the team may then lower. */
    public static Map<String, CriterionScore> fullMarks() {
        Map<String, CriterionScore> scores = new HashMap<>();
        StandardChecklist.CHECKLIST.criteria().forEach(criterion ->
                scores.put(criterion.code(), new CriterionScore(criterion.maxScore(), "")));
        return scores;
    }
}
