package vn.boardflow.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionEvidence.Attach;
import vn.boardflow.inspection.InspectionEvidence;
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
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.RoundDocuments;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.inspection.StandardChecklist;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections;
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
    private static final List<Team> TEAMS = List.of(new Team("Đoàn 1", "xemxet", List.of("kiemtra")),
            new Team("Đoàn 2", "lanhdao", List.of("ketoan")));
    private static final int CLOSED = 8;
    private static final int WITH_MINUTES = 6;
    private static final int SUBMITTED = 11;

    private final IssuingBodies bodies;
    private final InspectionRounds rounds;
    private final RoundPlanning planning;
    private final RoundDocuments papers;
    private final ChecklistTemplates templates;
    private final WardInspections inspections;
    private final InspectionEvidence evidence;
    private final Remedies remedies;
    private final DemoUsers users;
    private final Clock clock;

    DemoInspections(IssuingBodies bodies, InspectionRounds rounds, RoundPlanning planning, RoundDocuments papers,
                    ChecklistTemplates templates, WardInspections inspections, InspectionEvidence evidence,
                    Remedies remedies, DemoUsers users, Clock clock) {
        this.bodies = bodies;
        this.rounds = rounds;
        this.planning = planning;
        this.papers = papers;
        this.templates = templates;
        this.inspections = inspections;
        this.evidence = evidence;
        this.remedies = remedies;
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
        users.signIn("vanthu");
        papers.issuePlan(midYear, firstVisit.minusDays(7));
        LocalDate lastPaper = inspectWards(midYear);

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

    /** @return the date of the last minutes issued */
    private LocalDate inspectWards(RoundId roundId) {
        users.signIn("duthao");
        List<WardInspectionView> wards = inspections.ofRound(roundId).stream()
                .sorted(Comparator.comparing(WardInspectionView::date).thenComparing(WardInspectionView::team)).toList();
        LocalDate lastMinutes = wards.getFirst().date();
        for (int i = 0; i < Math.min(SUBMITTED, wards.size()); i++) {
            WardInspectionView ward = wards.get(i);
            Team team = TEAMS.get(i % 2);
            users.signIn(team.members().getFirst());
            for (Criterion criterion : StandardChecklist.CHECKLIST.criteria()) {
                if (criterion.evidenceRequired()) {
                    evidence.attach(new Attach(ward.id(), criterion.code(), null,
                            "minh-chung-" + criterion.code() + ".png", photo(i)));
                }
            }
            inspections.submit(ward.id(), "demo-" + ward.id(), ward.version(), scores(i));
            if (i < CLOSED) {
                users.signIn(team.head());
                inspections.close(ward.id(), remedies.proposals(ward.id()));
            }
            if (i < WITH_MINUTES) {
                users.signIn("vanthu");
                lastMinutes = ward.date().plusDays(3);
                inspections.issueMinutes(ward.id(), lastMinutes);
            }
        }
        reportOneRemedy();
        return lastMinutes;
    }

    /** Full marks less a few points where the ward fell short, more for some wards than others. */
    private static Map<String, CriterionScore> scores(int ward) {
        Map<String, CriterionScore> scores = new HashMap<>();
        List<Criterion> criteria = StandardChecklist.CHECKLIST.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            int shortfall = (c + ward) % 5 == 0 ? Math.min(criterion.maxScore() - 1, 1 + ward % 4) : 0;
            scores.put(criterion.code(), new CriterionScore(criterion.maxScore() - shortfall,
                    shortfall == 0 ? "" : "Chưa đạt đủ so với yêu cầu của tiêu chí; cần bổ sung hồ sơ."));
        }
        return scores;
    }

    /** Phú Cường reports its first remedial task done, with evidence, for the team head to review. */
    private void reportOneRemedy() {
        users.signIn("phucuong");
        remedies.ofMyWards().stream().findFirst().ifPresent(remedy -> {
            evidence.attach(new Attach(remedy.wardInspectionId(), null, remedy.id(), "khac-phuc.png", photo(1)));
            remedies.report(remedy.id(), remedy.version(),
                    "Đã bổ sung sổ sinh hoạt và biên bản các tháng còn thiếu.");
        });
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

    /** A small photo, as an inspector's phone would send of a page of the ward's records. */
    private static byte[] photo(int seed) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = image.createGraphics();
        canvas.setColor(new Color(245, 240, 225));
        canvas.fillRect(0, 0, 320, 240);
        canvas.setColor(new Color(60, 90, 150 - seed * 7 % 100));
        for (int line = 0; line < 8; line++) {
            canvas.fillRect(24, 30 + line * 24, 200 + (line * 37 + seed * 13) % 70, 6);
        }
        canvas.dispose();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
