package vn.boardflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds.RoundDetails;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundDocuments;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.inspection.StandardChecklist;
import vn.boardflow.org.DemoOrganisationLoaded;
import vn.boardflow.shared.RuleViolation;

/**
 * The city board's mid-year round under way: planned, its schedule confirmed, most wards scored with
 * evidence, some closed with remedial tasks (Phú Cường's one reported back, one still open) and minutes
 * issued, some waiting for their team head, the last ones still to be scored; and the year-end round,
 * in which the wards are scoring themselves before the visits.
 */
@Component
class DemoInspections {

    /** Two teams, each visiting one ward a day: the reviewer's and the leader's. */
    static final List<Team> TEAMS = List.of(new Team("Đoàn 1", "xemxet", List.of("kiemtra")),
            new Team("Đoàn 2", "lanhdao", List.of("ketoan")));

    private final IssuingBodies bodies;
    private final InspectionRounds rounds;
    private final RoundPlanning planning;
    private final RoundDocuments papers;
    private final ChecklistTemplates templates;
    private final DemoWardVisits visits;
    private final DemoRoute route;
    private final DemoUsers users;
    private final Clock clock;

    DemoInspections(IssuingBodies bodies, InspectionRounds rounds, RoundPlanning planning, RoundDocuments papers,
                    ChecklistTemplates templates, DemoWardVisits visits, DemoRoute route, DemoUsers users, Clock clock) {
        this.bodies = bodies;
        this.rounds = rounds;
        this.planning = planning;
        this.papers = papers;
        this.templates = templates;
        this.visits = visits;
        this.route = route;
        this.users = users;
        this.clock = clock;
    }

    /** @return the date of the last paper the round issued, which later documents follow */
    LocalDate load(DemoOrganisationLoaded organisation) {
        users.signIn("duthao");
        IssuingBodyView board = DemoPlans.cityBoard(bodies, organisation);
        LocalDate today = LocalDate.now(clock);
        // the latest mid-year round that is over by now: this year's from July on
        int year = today.getMonthValue() >= Month.JULY.getValue() ? today.getYear() : today.getYear() - 1;
        long standard = templates.availableTo(board.id()).stream()
                .filter(template -> template.checklist().name().equals(StandardChecklist.NAME)).findFirst()
                .orElseThrow().id();

        RoundId midYear = rounds.open(new OpenRound(board.id(), year, InspectionPeriod.MID_YEAR, standard, false,
                "Đánh giá kết quả thực hiện Đề án 6 tháng đầu năm " + year + " tại các phường."));
        LocalDate firstVisit = LocalDate.of(year, Month.JUNE, 8);
        List<String> seedOrder = List.copyOf(organisation.wardBoardIds().keySet());
        schedule(midYear, firstVisit, seedOrder);
        route.agreedSignedAndIssued(route.submitted(papers.draftPlan(midYear)), "Đồng ý, trình Trưởng ban ký.",
                firstVisit.minusDays(7));
        LocalDate lastPaper = visits.inspectWards(midYear);

        users.signIn("duthao");
        RoundId yearEnd = yearEndRound(board, year, standard);
        schedule(yearEnd, today.plusDays(14), seedOrder);
        return lastPaper;
    }

    /**
     * The teams visit the wards in the seed's order (so the demo's ward officers, of Phú Cường and Phú Lợi,
     * are among the first), two a day, the last two on their papers.
     */
    private void schedule(RoundId roundId, LocalDate firstVisit, List<String> seedOrder) {
        List<WardRef> wards = rounds.wards(roundId).stream()
                .sorted(Comparator.comparingInt(ward -> seedOrder.indexOf(ward.name().replaceFirst("^Phường ", ""))))
                .toList();
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            visits.add(new Visit(wards.get(i).id(), TEAMS.get(i % 2).name(), firstVisit.plusDays(i / 2),
                    i >= wards.size() - 2 ? InspectionMode.ON_PAPERS : InspectionMode.ON_SITE));
        }
        long version = rounds.find(roundId).orElseThrow().version();
        planning.saveSchedule(roundId, version, new InspectionSchedule(TEAMS, visits));
        planning.confirmSchedule(roundId, rounds.find(roundId).orElseThrow().version());
    }

    /**
     * The year-end round with the wards scoring themselves. The daily timer, running beside the demo, may
     * have opened it as a draft meanwhile (the body has run a round now): then that draft is the one.
     */
    private RoundId yearEndRound(IssuingBodyView board, int year, long standard) {
        String purpose = "Đánh giá kết quả thực hiện Đề án năm " + year + "; các phường tự chấm điểm trước khi đoàn đến.";
        try {
            return rounds.open(new OpenRound(board.id(), year, InspectionPeriod.YEAR_END, standard, true, purpose));
        } catch (RuleViolation openedMeanwhile) {
            RoundView opened = rounds.of(board.id()).stream()
                    .filter(round -> round.year() == year && round.period() == InspectionPeriod.YEAR_END).findFirst()
                    .orElseThrow(() -> openedMeanwhile);
            planning.revise(opened.id(), opened.version(), new RoundDetails(standard, true, purpose));
            return opened.id();
        }
    }
}
