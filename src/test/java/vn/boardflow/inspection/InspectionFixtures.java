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
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
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

    /**
     * A mid-year round of the board with its plan issued, the first ward scored by the team with {@code scores}
     * and closed by its head with {@code remedies}; the others not yet visited. Signs the user out.
     *
     * @return the round
     */
    public static RoundId roundWithFirstWardClosed(ApplicationContext context, PlanningBoard board, int year,
                                                   Map<String, CriterionScore> scores, List<RemedyDraft> remedies) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        InspectionRounds rounds = context.getBean(InspectionRounds.class);
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        LocalDate firstVisit = LocalDate.of(year, 6, 10);
        Logins.as(users, board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), year, InspectionPeriod.MID_YEAR,
                standardChecklist(context.getBean(ChecklistTemplates.class)), false, ""));
        scheduleOneTeam(rounds, context.getBean(RoundPlanning.class), board, roundId, firstVisit);
        DraftId draft = context.getBean(RoundDocuments.class).draftPlan(roundId);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        Logins.as(users, board.reviewer());
        approval.approve(draft, null);
        Logins.as(users, board.leader());
        approval.signOff(draft, drafts.find(draft).orElseThrow().revision(), null);
        Logins.as(users, board.clerk());
        approval.issue(draft, firstVisit.minusDays(5));
        WardInspectionView first = context.getBean(WardInspections.class).mine().stream()
                .filter(view -> view.roundId().equals(roundId) && view.wardId().equals(board.wards().getFirst()))
                .findFirst().orElseThrow();
        EvidenceSamples.attachRequired(context.getBean(InspectionEvidence.class), first.id());
        context.getBean(TeamSheets.class).submit(first.id(), "gui-" + first.id(), first.version(), scores);
        Logins.as(users, board.reviewer());
        context.getBean(WardInspectionClosing.class).close(first.id(), remedies);
        Logins.out();
        return roundId;
    }
}
