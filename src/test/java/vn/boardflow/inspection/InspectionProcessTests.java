package vn.boardflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.TaskInbox;

/**
 * The {@code inspectionRound} process with two teams and three wards: the secretariat's scheduling task,
 * one scoring task per ward offered to its team, the head's closing task, and the clerk's summary report
 * once every ward is closed, which closes the round.
 */
@IntegrationTest
class InspectionProcessTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    InspectionRounds rounds;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    WardInspections inspections;
    @Autowired
    TaskInbox inbox;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void eachWardIsScoredByItsTeamAndClosedByItsHeadThenTheRoundIsReported() throws IOException {
        PlanningBoard board = PlanningBoard.create(context);
        as(board.drafter());
        long template = templates.current().stream()
                .filter(candidate -> candidate.checklist().name().equals(StandardChecklist.NAME)).findFirst()
                .orElseThrow().id();
        long roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR, template, false,
                "Đánh giá 6 tháng"));
        assertThat(tasksOfRound(roundId)).extracting(InboxTask::name).containsExactly("Lập lịch kiểm tra");
        assertThat(tasksOfRound(roundId)).extracting(InboxTask::subject).containsExactly("Kiểm tra 6 tháng năm 2026");

        List<WardRef> wards = rounds.wards(roundId);
        LocalDate day = LocalDate.of(2026, 6, 10);
        rounds.saveSchedule(roundId, rounds.find(roundId).orElseThrow().version(), new InspectionSchedule(List.of(
                new Team("Đoàn 1", board.reviewer(), List.of(board.clerk())),
                new Team("Đoàn 2", board.leader(), List.of(board.otherDrafter()))), List.of(
                new Visit(wards.get(0).id(), "Đoàn 1", day, InspectionMode.ON_SITE),
                new Visit(wards.get(1).id(), "Đoàn 2", day, InspectionMode.ON_SITE),
                new Visit(wards.get(2).id(), "Đoàn 1", day.plusDays(1), InspectionMode.ON_PAPERS))));
        rounds.confirmSchedule(roundId, rounds.find(roundId).orElseThrow().version());
        assertThat(tasksOfRound(roundId)).isEmpty();

        as(board.clerk());
        assertThat(tasksOfRound(roundId)).extracting(InboxTask::name)
                .containsExactly("Chấm điểm phường", "Chấm điểm phường");
        List<WardInspectionView> clerks = inspections.mine().stream().filter(view -> view.roundId() == roundId).toList();
        assertThat(clerks).hasSize(2);
        clerks.forEach(view -> inspections.submit(view.id(), "gui-" + view.id(), view.version(), fullMarks()));
        assertThat(tasksOfRound(roundId)).isEmpty();

        as(board.otherDrafter());
        WardInspectionView team2 = inspections.mine().stream().filter(view -> view.roundId() == roundId)
                .findFirst().orElseThrow();
        inspections.submit(team2.id(), "gui-" + team2.id(), team2.version(), fullMarks());

        as(board.reviewer());
        assertThat(tasksOfRound(roundId)).extracting(InboxTask::name)
                .containsExactly("Kết thúc kiểm tra phường", "Kết thúc kiểm tra phường");
        clerks.forEach(view -> inspections.close(view.id()));
        as(board.leader());
        inspections.close(team2.id());

        as(board.clerk());
        assertThat(tasksOfRound(roundId)).extracting(InboxTask::name)
                .containsExactly("Ban hành báo cáo kết quả kiểm tra");
        IssuedDocumentView report = rounds.issueReport(roundId, day.plusDays(5));
        assertThat(report.symbol()).isEqualTo("01/BC-BKH.ĐA");
        Files.createDirectories(Path.of("target/samples"));
        Files.write(Path.of("target/samples/bao-cao-ket-qua-kiem-tra.docx"), documents.download(report.id()).bytes());
        assertThat(tasksOfRound(roundId)).isEmpty();
        assertThat(rounds.find(roundId).orElseThrow().status()).isEqualTo(RoundStatus.CLOSED);
    }

    private static Map<String, CriterionScore> fullMarks() {
        Map<String, CriterionScore> scores = new HashMap<>();
        StandardChecklist.CHECKLIST.criteria().forEach(criterion ->
                scores.put(criterion.code(), new CriterionScore(criterion.maxScore(), "")));
        return scores;
    }

    private List<InboxTask> tasksOfRound(long roundId) {
        return inbox.page(false, 0, 1000).stream()
                .filter(task -> task.formKey().equals("inspections/" + roundId)
                        || task.formKey().startsWith("inspections/wards/") && belongsTo(task, roundId))
                .toList();
    }

    private boolean belongsTo(InboxTask task, long roundId) {
        long wardInspectionId = Long.parseLong(task.formKey().substring("inspections/wards/".length()));
        return inspections.find(wardInspectionId).map(view -> view.roundId() == roundId).orElse(false);
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
