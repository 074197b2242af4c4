package vn.boardflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.Samples;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds.RoundDetails;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.InspectionSchedule.Problem;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskInbox;

/**
 * The secretariat opens a mid-year round with the standard checklist, drafts a schedule that breaks the
 * rules (saved anyway, with the breaches explained), cannot confirm it, fixes it and confirms it.
 */
@IntegrationTest
class InspectionRoundTests {

    static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);
    static final LocalDate JUNE_11 = LocalDate.of(2026, 6, 11);

    @Autowired
    ApplicationContext context;
    @Autowired
    InspectionRounds rounds;
    @Autowired
    RoundPlanning planning;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    WardInspections inspections;

    @Autowired
    TeamSheets teamSheets;

    @Autowired
    WardInspectionClosing closing;

    @Autowired
    WardMinutes wardMinutes;
    @Autowired
    InspectionEvidence evidence;
    @Autowired
    AuditLog auditLog;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    TaskInbox inbox;

    PlanningBoard board;

    @BeforeEach
    void newBoard() {
        board = PlanningBoard.create(context);
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aRoundIsScheduledOnlyOnceItsScheduleKeepsEveryRule() {
        Logins.as(userDetails, board.drafter());
        TemplateView standard = templates.current().stream()
                .filter(template -> template.checklist().name().equals(StandardChecklist.NAME)).findFirst().orElseThrow();
        assertThat(standard.checklist().maxScore()).isEqualTo(100);
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR, standard.id(), true,
                "Đánh giá kết quả thực hiện Đề án 6 tháng đầu năm"));
        assertThatThrownBy(() -> rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR,
                standard.id(), false, ""))).isInstanceOfSatisfying(RuleViolation.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("inspection.error.roundExists"));
        long opened = rounds.find(roundId).orElseThrow().version();
        planning.revise(roundId, opened, new RoundDetails(standard.id(), false, "Đánh giá giữa năm"));
        assertThat(rounds.find(roundId).orElseThrow()).satisfies(revised -> {
            assertThat(revised.selfAssessment()).isFalse();
            assertThat(revised.purpose()).isEqualTo("Đánh giá giữa năm");
        });
        assertThatThrownBy(() -> planning.revise(roundId, opened, new RoundDetails(standard.id(), true, "")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        stale -> assertThat(stale.messageKey()).isEqualTo("inspection.error.changedMeanwhile"));

        List<WardRef> wards = rounds.wards(roundId);
        assertThat(wards).hasSize(3);
        UnitId an = wards.get(0).id();
        UnitId binh = wards.get(1).id();
        UnitId chanh = wards.get(2).id();
        List<Team> teams = List.of(new Team("Đoàn 1", board.reviewer(), List.of(board.wardOfficer())),
                new Team("Đoàn 2", board.leader(), List.of(board.clerk())));

        RoundView draft = rounds.find(roundId).orElseThrow();
        InspectionSchedule broken = new InspectionSchedule(teams, List.of(
                new Visit(an, "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(binh, "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(chanh, "Đoàn 2", JUNE_10, InspectionMode.ON_PAPERS)));
        List<Problem> problems = planning.saveSchedule(roundId, draft.version(), broken);
        assertThat(problems).extracting(Problem::messageKey).containsExactlyInAnyOrder(
                "inspection.schedule.ownWard", "inspection.schedule.doubleBooked", "inspection.schedule.doubleBooked");
        RoundView saved = rounds.find(roundId).orElseThrow();
        assertThat(saved.schedule()).isEqualTo(broken);
        assertThatThrownBy(() -> planning.confirmSchedule(roundId, saved.version()))
                .isInstanceOf(RuleViolation.class);

        InspectionSchedule fixed = new InspectionSchedule(teams, List.of(
                new Visit(binh, "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(an, "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(chanh, "Đoàn 2", JUNE_11, InspectionMode.ON_PAPERS)));
        assertThatThrownBy(() -> planning.saveSchedule(roundId, draft.version(), fixed))
                .isInstanceOfSatisfying(RuleViolation.class,
                        stale -> assertThat(stale.messageKey()).isEqualTo("inspection.error.changedMeanwhile"));
        assertThat(planning.saveSchedule(roundId, saved.version(), fixed)).isEmpty();
        planning.confirmSchedule(roundId, rounds.find(roundId).orElseThrow().version());
        RoundView scheduled = rounds.find(roundId).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(RoundStatus.SCHEDULED);
        assertThatThrownBy(() -> planning.saveSchedule(roundId, scheduled.version(), fixed))
                .isInstanceOfSatisfying(RuleViolation.class,
                        fixedAlready -> assertThat(fixedAlready.messageKey()).isEqualTo("inspection.error.scheduleFixed"));
        assertThatThrownBy(() -> planning.revise(roundId, scheduled.version(),
                new RoundDetails(standard.id(), true, ""))).isInstanceOfSatisfying(RuleViolation.class,
                fixedAlready -> assertThat(fixedAlready.messageKey()).isEqualTo("inspection.error.notDraft"));

        Logins.as(userDetails, board.wardOfficer());
        assertThat(inbox.page(false, 0, 100)).as("the draft no longer asks the wards to score themselves")
                .noneMatch(task -> task.formKey().startsWith("inspections/self/"));
    }

    @Test
    void theTeamFillsAWardsChecklistOnceItsHeadClosesItAndTheClerkIssuesTheMinutes() throws Exception {
        Logins.as(userDetails, board.drafter());
        long templateId = InspectionFixtures.standardChecklist(templates);
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2025, InspectionPeriod.YEAR_END, templateId, false,
                "Đánh giá kết quả cả năm"));
        List<WardRef> wards = rounds.wards(roundId);
        InspectionFixtures.scheduleOneTeam(rounds, planning, board, roundId, JUNE_10);

        Logins.as(userDetails, board.clerk());
        List<WardInspectionView> mine = inspections.mine().stream().filter(view -> view.roundId().equals(roundId)).toList();
        assertThat(mine).hasSize(3).allSatisfy(view -> assertThat(view.mayFill()).isTrue());
        WardInspectionView first = mine.getFirst();
        Map<String, CriterionScore> scores = new HashMap<>();
        scores.put("1.1", new CriterionScore(8, "Sinh hoạt đều, thiếu biên bản tháng 3"));
        long version = teamSheets.saveDraft(first.id(), first.version(), scores);
        assertThat(inspections.find(first.id()).orElseThrow().scores()).containsKey("1.1");
        assertThatThrownBy(() -> teamSheets.saveDraft(first.id(), version, Map.of("1.1", new CriterionScore(11, ""))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("inspection.error.scoreRange"));
        assertThatThrownBy(() -> teamSheets.submit(first.id(), "gui-1", version, scores))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("inspection.error.unscored"));

        StandardChecklist.CHECKLIST.criteria().forEach(criterion ->
                scores.putIfAbsent(criterion.code(), new CriterionScore(criterion.maxScore(), "")));
        scores.put("6.1", new CriterionScore(2, "Chi sai nội dung, thiếu chứng từ"));
        EvidenceSamples.attachRequired(evidence, first.id());
        WardInspectionView submitted = teamSheets.submit(first.id(), "gui-1", version, scores);
        assertThat(submitted.status()).isEqualTo(WardStatus.SUBMITTED);
        assertThat(submitted.total()).isEqualTo(90);
        assertThat(submitted.rating()).isEqualTo(Rating.XUAT_SAC);
        WardInspectionView again = teamSheets.submit(first.id(), "gui-1", version, scores);
        assertThat(again.version()).isEqualTo(submitted.version());
        assertThatThrownBy(() -> teamSheets.submit(first.id(), "gui-2", submitted.version(), scores))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("inspection.error.alreadySubmitted"));
        assertThatThrownBy(() -> closing.close(first.id(), List.of())).isInstanceOfSatisfying(RuleViolation.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("inspection.error.onlyHeadCloses"));

        Logins.as(userDetails, board.wardOfficer());
        assertThat(inspections.find(first.id()).orElseThrow().scores()).as("not before the team has closed it")
                .isEmpty();
        assertThatThrownBy(() -> inspections.find(mine.get(1).id())).isInstanceOf(AccessDeniedException.class);
        Logins.as(userDetails, board.reviewer());
        assertThat(inspections.find(first.id()).orElseThrow().mayClose()).isTrue();
        closing.close(first.id(), List.of());
        assertThat(inspections.find(first.id()).orElseThrow().status()).isEqualTo(WardStatus.CLOSED);

        Logins.as(userDetails, board.clerk());
        assertThatThrownBy(() -> wardMinutes.issue(mine.get(1).id(), JUNE_11))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("inspection.error.notClosed"));
        IssuedDocumentView minutes = wardMinutes.issue(first.id(), JUNE_11);
        assertThat(minutes.symbol()).isEqualTo("01/BB-BKH.ĐA");
        byte[] docx = documents.download(minutes.id()).bytes();
        Samples.write("bien-ban-kiem-tra.docx", docx);
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(docx))
                .getMainDocumentPart().getJaxbElement());
        assertThat(text).contains("BIÊN BẢN", "Kiểm tra việc thực hiện Đề án năm 2025 tại " + wards.get(0).name(),
                "Tổng cộng", "Xếp loại: Xuất sắc.", "Tiêu chí 6.1", "Chi sai nội dung, thiếu chứng từ",
                "TRƯỞNG ĐOÀN KIỂM TRA", "ĐẠI DIỆN " + wards.get(0).name().toUpperCase(Locale.forLanguageTag("vi")),
                "Nơi nhận:");
        assertThat(inspections.find(first.id()).orElseThrow().minutesSymbol()).isEqualTo("01/BB-BKH.ĐA");
        Logins.as(userDetails, board.wardOfficer());
        assertThat(documents.incoming(false, 0, 100)).anySatisfy(
                incoming -> assertThat(incoming.symbol()).isEqualTo("01/BB-BKH.ĐA"));
        assertThat(inspections.ownWards()).containsExactly(wards.get(0).id());
        assertThat(inspections.historyOf(wards.get(0).id())).singleElement().satisfies(closed -> {
            assertThat(closed.rating()).isEqualTo(Rating.XUAT_SAC);
            assertThat(closed.minutesSymbol()).isEqualTo("01/BB-BKH.ĐA");
        });
        assertThatThrownBy(() -> inspections.historyOf(wards.get(1).id())).isInstanceOf(AccessDeniedException.class);
        Logins.as(userDetails, board.drafter());
        assertThat(inspections.historyOf(wards.get(1).id())).isEmpty();
        Logins.as(userDetails, "quantri");
        assertThat(auditLog.search(new AuditFilter(null, null, null, "inspection.submitted", "WardInspection",
                String.valueOf(first.id())), 0, 10)).hasSize(1);
    }

    @Test
    void onlyTheSecretariatAndTheLeadersOrganiseRounds() {
        Logins.as(userDetails, board.drafter());
        long templateId = templates.availableTo(board.bodyId()).getFirst().id();
        Logins.as(userDetails, board.wardOfficer());
        assertThatThrownBy(() -> rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.YEAR_END,
                templateId, false, ""))).isInstanceOf(AccessDeniedException.class);
        Logins.as(userDetails, board.leader());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.YEAR_END, templateId, false,
                "Đánh giá kết quả cả năm"));
        Logins.as(userDetails, board.wardOfficer());
        assertThatThrownBy(() -> rounds.find(roundId)).isInstanceOf(AccessDeniedException.class);
    }
}
