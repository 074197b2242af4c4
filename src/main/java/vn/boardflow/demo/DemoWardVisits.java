package vn.boardflow.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.InspectionEvidence.Attach;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.StandardChecklist;
import vn.boardflow.inspection.TeamSheets;
import vn.boardflow.inspection.WardInspectionClosing;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardMinutes;

/**
 * The mid-year round's visits as the teams made them: most wards scored with evidence, some closed with
 * remedial tasks and minutes issued, Phú Cường's first task reported back.
 */
@Component
class DemoWardVisits {

    private static final int SUBMITTED = 11;
    private static final int CLOSED = 8;
    private static final int WITH_MINUTES = 6;

    private final WardInspections inspections;
    private final TeamSheets teamSheets;
    private final WardInspectionClosing closing;
    private final WardMinutes minutes;
    private final InspectionEvidence evidence;
    private final Remedies remedies;
    private final DemoUsers users;

    DemoWardVisits(WardInspections inspections, TeamSheets teamSheets, WardInspectionClosing closing,
                   WardMinutes minutes, InspectionEvidence evidence, Remedies remedies, DemoUsers users) {
        this.inspections = inspections;
        this.teamSheets = teamSheets;
        this.closing = closing;
        this.minutes = minutes;
        this.evidence = evidence;
        this.remedies = remedies;
        this.users = users;
    }

    /** @return the date of the last minutes issued */
    LocalDate inspectWards(RoundId roundId) {
        users.signIn("duthao");
        List<WardInspectionView> wards = inspections.ofRound(roundId).stream()
                .sorted(Comparator.comparing(WardInspectionView::date).thenComparing(WardInspectionView::team)).toList();
        LocalDate lastMinutes = wards.getFirst().date();
        for (int i = 0; i < Math.min(SUBMITTED, wards.size()); i++) {
            WardInspectionView ward = wards.get(i);
            Team team = DemoInspections.TEAMS.get(i % 2);
            users.signIn(team.members().getFirst());
            for (Criterion criterion : StandardChecklist.CHECKLIST.criteria()) {
                if (criterion.evidenceRequired()) {
                    evidence.attach(new Attach(ward.id(), criterion.code(), null,
                            "minh-chung-" + criterion.code() + ".png", DemoPhotos.page(i)));
                }
            }
            teamSheets.submit(ward.id(), "demo-" + ward.id(), ward.version(), scores(i));
            if (i < CLOSED) {
                users.signIn(team.head());
                closing.close(ward.id(), remedies.proposals(ward.id()));
            }
            if (i < WITH_MINUTES) {
                users.signIn("vanthu");
                lastMinutes = ward.date().plusDays(3);
                minutes.issue(ward.id(), lastMinutes);
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
            evidence.attach(new Attach(remedy.wardInspectionId(), null, remedy.id(), "khac-phuc.png", DemoPhotos.page(1)));
            remedies.report(remedy.id(), remedy.version(),
                    "Đã bổ sung sổ sinh hoạt và biên bản các tháng còn thiếu.");
        });
    }
}
