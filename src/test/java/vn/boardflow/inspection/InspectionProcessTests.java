package vn.boardflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.FlowableClock;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.InspectionEvidence.Attach;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.inspection.Remedies.RemedyView;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices.NoticeView;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.TaskInbox;

/**
 * The {@code inspectionRound} process with two teams and three wards, on Flowable's clock: the ward's
 * self-assessment (sent by one ward, lapsing at the visit day for the others), the team's reminder the day
 * before its visit, scoring with evidence, closing with a remedial task, the last ward signalling the
 * summary report drafted and taken along the document route, and one deficiency loop (reported, sent back, reported again, accepted) with
 * the deadline's reminder and late notice; then the daily timer opening next year's round.
 */
@IntegrationTest
class InspectionProcessTests {

    private static final LocalDate VISIT = LocalDate.of(2026, 6, 10);

    @Autowired
    ApplicationContext context;
    @Autowired
    InspectionRounds rounds;
    @Autowired
    RoundPlanning planning;
    @Autowired
    RoundDocuments papers;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    WardInspections inspections;

    @Autowired
    TeamSheets teamSheets;

    @Autowired
    WardSelfAssessments selfAssessments;

    @Autowired
    WardInspectionClosing closing;
    @Autowired
    InspectionEvidence evidence;
    @Autowired
    Remedies remedies;
    @Autowired
    TaskInbox inbox;
    @Autowired
    Notices notices;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    UserDetailsService userDetails;

    PlanningBoard board;
    FlowableClock clock;

    @BeforeEach
    void newBoard() {
        board = PlanningBoard.create(context);
        clock = new FlowableClock(engine);
    }

    @AfterEach
    void restore() {
        clock.reset();
        Logins.out();
    }

    @Test
    void aRoundRunsFromSchedulingThroughEachWardAndItsRemediesToTheReport() {
        clock.set(LocalDateTime.of(2026, 6, 1, 8, 0));
        as(board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR, InspectionFixtures.standardChecklist(templates), true,
                "Đánh giá 6 tháng"));
        String process = processOf(roundId);
        assertThat(tasks(roundId)).extracting(InboxTask::name).containsExactly("Lập lịch kiểm tra");
        assertThat(tasks(roundId)).extracting(InboxTask::subject).containsExactly("Kiểm tra 6 tháng đầu năm 2026");

        List<WardRef> wards = rounds.wards(roundId);
        UnitId ownWard = board.wards().getFirst();
        assertThat(wards.getFirst().id()).isEqualTo(ownWard);
        planning.saveSchedule(roundId, version(roundId), new InspectionSchedule(List.of(
                new Team("Đoàn 1", board.reviewer(), List.of(board.clerk())),
                new Team("Đoàn 2", board.leader(), List.of(board.otherDrafter()))), List.of(
                new Visit(wards.get(0).id(), "Đoàn 1", VISIT, InspectionMode.ON_SITE),
                new Visit(wards.get(1).id(), "Đoàn 2", VISIT, InspectionMode.ON_SITE),
                new Visit(wards.get(2).id(), "Đoàn 1", VISIT.plusDays(1), InspectionMode.ON_PAPERS))));
        planning.confirmSchedule(roundId, version(roundId));
        assertThat(tasks(roundId)).isEmpty();
        WardInspectionId ownInspection = inspections.ofRound(roundId).stream().filter(view -> view.wardId().equals(ownWard))
                .findFirst().orElseThrow().id();
        as(board.reviewer());
        assertThat(rounds.find(roundId).orElseThrow().schedule().teams()).as("an inspector sees only their own team")
                .extracting(Team::name).containsExactly("Đoàn 1");
        assertThat(rounds.wards(roundId)).extracting(WardRef::id).containsExactly(wards.get(0).id(), wards.get(2).id());
        assertThat(inspections.ofRound(roundId)).extracting(WardInspectionView::team).containsExactly("Đoàn 1", "Đoàn 1");
        as(board.drafter());
        DraftId planDraft = papers.draftPlan(roundId);
        assertThat(papers.draftPlan(roundId)).as("asked again, the draft on its way").isEqualTo(planDraft);
        assertThat(rounds.find(roundId).orElseThrow().planDraft()).isEqualTo(planDraft);
        IssuedDocumentView plan = throughTheRoute(planDraft, LocalDate.of(2026, 6, 2));
        assertThat(plan.symbol()).isEqualTo("01/KH-BKH.ĐA");
        assertThat(rounds.find(roundId).orElseThrow().planSymbol()).isEqualTo("01/KH-BKH.ĐA");
        byte[] planFile = documents.download(plan.id()).bytes();
        Samples.write("ke-hoach-kiem-tra.docx", planFile);
        assertThat(WordText.of(planFile)).contains("KẾ HOẠCH", "Kiểm tra việc thực hiện Đề án 6 tháng đầu năm 2026",
                "THÀNH PHẦN ĐOÀN KIỂM TRA", "Đoàn 1: Trưởng đoàn:", "10/06/2026", wards.get(2).name(), "Qua hồ sơ",
                "tự chấm điểm", "Xuất sắc từ 90%");
        as(board.drafter());
        assertThatThrownBy(() -> papers.draftPlan(roundId))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("inspection.error.planIssued"));

        // Each ward scores itself first; the team cannot send its result meanwhile.
        as(board.wardOfficer());
        assertThat(tasks(roundId)).extracting(InboxTask::name).containsExactly("Phường tự chấm điểm");
        WardInspectionView own = inspections.find(ownInspection).orElseThrow();
        as(board.clerk());
        assertThatThrownBy(() -> teamSheets.submit(own.id(), "som", own.version(), InspectionFixtures.fullMarks()))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("inspection.error.selfAssessmentPending"));
        as(board.wardOfficer());
        evidence.attach(new Attach(own.id(), "1.1", null, "so-sinh-hoat.png", EvidenceSamples.smallPhoto()));
        long version = selfAssessments.save(own.id(), own.version(), Map.of("1.1", new CriterionScore(9, "")));
        WardInspectionView selfSent = selfAssessments.submit(own.id(), "tu-cham", version, InspectionFixtures.fullMarks());
        assertThat(selfSent.self().total()).isEqualTo(100);
        assertThat(selfSent.scores()).isEmpty();
        assertThat(tasks(roundId)).isEmpty();

        // The visit day: the other wards' self-assessments lapse; each team hears of its visit the day before.
        clock.set(LocalDateTime.of(2026, 6, 9, 8, 0));
        assertThat(clock.runAllDue(process)).as("the reminder of the ward that has sent its own scores").isOne();
        clock.set(LocalDateTime.of(2026, 6, 10, 8, 0));
        assertThat(clock.runAllDue(process)).as("the second ward's self-assessment lapses, its team reminded")
                .isEqualTo(2);
        clock.set(LocalDateTime.of(2026, 6, 11, 8, 0));
        assertThat(clock.runAllDue(process)).isEqualTo(2);
        as(board.clerk());
        assertThat(notices.mine(0, 20)).extracting(NoticeView::messageKey).contains("notice.inspectionVisit");
        assertThat(tasks(roundId)).extracting(InboxTask::name).containsExactly("Chấm điểm phường", "Chấm điểm phường");

        List<WardInspectionView> team1 = inspections.mine().stream().filter(view -> view.roundId().equals(roundId)).toList();
        assertThat(team1).hasSize(2);
        Map<String, CriterionScore> shortOfMembers = InspectionFixtures.fullMarks();
        shortOfMembers.put("2.1", new CriterionScore(6, "Thiếu 4 hội viên so với chỉ tiêu"));
        assertThatThrownBy(() -> teamSheets.submit(own.id(), "gui-1", team1.getFirst().version(), shortOfMembers))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("inspection.error.evidenceMissing"));
        team1.forEach(view -> EvidenceSamples.attachRequired(evidence, view.id()));
        teamSheets.submit(own.id(), "gui-1", team1.getFirst().version(), shortOfMembers);
        teamSheets.submit(team1.get(1).id(), "gui-2", team1.get(1).version(), InspectionFixtures.fullMarks());
        as(board.otherDrafter());
        WardInspectionView team2 = inspections.mine().stream().filter(view -> view.roundId().equals(roundId))
                .findFirst().orElseThrow();
        EvidenceSamples.attachRequired(evidence, team2.id());
        teamSheets.submit(team2.id(), "gui-3", team2.version(), InspectionFixtures.fullMarks());

        // Closing: the shortfall becomes the ward's remedial task; the last ward closed calls for the report.
        as(board.wardOfficer());
        assertThatThrownBy(() -> remedies.proposals(own.id())).as("the team's findings, before the head closes")
                .isInstanceOf(AccessDeniedException.class);
        as(board.reviewer());
        List<RemedyDraft> proposals = remedies.proposals(own.id());
        assertThat(proposals).singleElement().satisfies(proposal -> {
            assertThat(proposal.criterionCode()).isEqualTo("2.1");
            assertThat(proposal.description()).contains("đạt 6/10 điểm", "Thiếu 4 hội viên");
        });
        LocalDate deadline = VISIT.plusDays(30);
        closing.close(own.id(), List.of(new RemedyDraft("2.1", proposals.getFirst().description(), deadline)));
        closing.close(team1.get(1).id(), List.of());
        as(board.drafter());
        assertThat(tasks(roundId)).extracting(InboxTask::name).doesNotContain("Soạn báo cáo kết quả kiểm tra");
        assertThatThrownBy(() -> papers.draftReport(roundId)).isInstanceOfSatisfying(RuleViolation.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("inspection.error.wardsOpen"));
        as(board.leader());
        closing.close(team2.id(), List.of());
        as(board.drafter());
        assertThat(tasks(roundId)).extracting(InboxTask::name).containsExactly("Soạn báo cáo kết quả kiểm tra");
        DraftId reportDraft = papers.draftReport(roundId);
        assertThat(tasks(roundId)).as("the route takes the report on: its draft waits to be sent")
                .extracting(InboxTask::name).containsExactly("Soạn dự thảo");
        assertThat(rounds.find(roundId).orElseThrow().status()).as("closed only once the report is issued")
                .isEqualTo(RoundStatus.SCHEDULED);
        IssuedDocumentView report = throughTheRoute(reportDraft, VISIT.plusDays(5));
        assertThat(report.symbol()).as("one sequence for every type").isEqualTo("02/BC-BKH.ĐA");
        Samples.write("bao-cao-ket-qua-kiem-tra.docx", documents.download(report.id()).bytes());
        assertThat(rounds.find(roundId).orElseThrow().status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count())
                .as("the round's process waits for the remedial task").isOne();

        // The remedial task: reminded before its deadline, reported late, sent back once, then accepted.
        as(board.wardOfficer());
        RemedyView task = remedies.ofMyWards().stream().filter(view -> view.roundId().equals(roundId)).findFirst()
                .orElseThrow();
        assertThat(task.mayReport()).isTrue();
        assertThat(tasks(roundId)).extracting(InboxTask::name).containsExactly("Khắc phục tồn tại");
        clock.set(deadline.minusDays(3).atTime(8, 0));
        assertThat(clock.runAllDue(process)).isEqualTo(1);
        clock.set(deadline.plusDays(1).atTime(8, 0));
        assertThat(clock.runAllDue(process)).isEqualTo(1);
        assertThat(notices.mine(0, 20)).extracting(NoticeView::messageKey)
                .contains("notice.remedyDue", "notice.remedyLate");
        as(board.reviewer());
        assertThat(notices.mine(0, 20)).extracting(NoticeView::messageKey).contains("notice.remedyLate");

        as(board.wardOfficer());
        assertThatThrownBy(() -> remedies.report(task.id(), task.version(), "Đã kết nạp thêm 4 hội viên"))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("remedy.error.evidenceRequired"));
        evidence.attach(new Attach(own.id(), null, task.id(), "danh-sach.pdf", "%PDF-1.4".getBytes()));
        remedies.report(task.id(), task.version(), "Đã kết nạp thêm 4 hội viên");
        as(board.reviewer());
        RemedyView reported = remedies.find(task.id()).orElseThrow();
        assertThat(reported.mayReview()).isTrue();
        remedies.sendBack(task.id(), reported.version(), "Thiếu quyết định kết nạp");
        assertThat(clock.runAllDue(process)).as("the task's timers start again, past their days").isEqualTo(2);
        as(board.wardOfficer());
        assertThat(notices.mine(0, 20)).as("but the ward hears of the deadline once")
                .filteredOn(notice -> notice.messageKey().startsWith("notice.remedy")).hasSize(2);
        RemedyView returned = remedies.find(task.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(RemedyStatus.OPEN);
        assertThat(returned.reviewComment()).isEqualTo("Thiếu quyết định kết nạp");
        evidence.attach(new Attach(own.id(), null, task.id(), "quyet-dinh.pdf", "%PDF-1.4".getBytes()));
        remedies.report(task.id(), returned.version(), "Bổ sung quyết định kết nạp");
        as(board.reviewer());
        remedies.accept(task.id(), remedies.find(task.id()).orElseThrow().version());
        assertThat(remedies.find(task.id()).orElseThrow().status()).isEqualTo(RemedyStatus.ACCEPTED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
    }

    @Test
    void theWardScoresItselfUntilTheVisitDayAndTheTeamScoresItThen() {
        clock.set(LocalDateTime.of(2026, 6, 1, 8, 0));
        as(board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR,
                InspectionFixtures.standardChecklist(templates), true, ""));
        InspectionFixtures.scheduleOneTeam(rounds, planning, board, roundId, VISIT);
        WardInspectionId id = inspections.ofRound(roundId).stream().filter(view -> view.wardId().equals(board.wards().getFirst()))
                .findFirst().orElseThrow().id();
        String process = processOf(roundId);
        as(board.wardOfficer());
        assertThat(inspections.find(id).orElseThrow().self().mayFill()).isTrue();
        long version = selfAssessments.save(id, inspections.find(id).orElseThrow().version(),
                Map.of("1.1", new CriterionScore(9, "")));

        clock.set(LocalDateTime.of(2026, 6, 10, 0, 5));
        clock.runAllDue(process);
        as(board.wardOfficer());
        assertThat(inspections.find(id).orElseThrow().self().mayFill()).isFalse();
        assertThatThrownBy(() -> selfAssessments.save(id, version, Map.of("1.1", new CriterionScore(10, ""))))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("inspection.error.selfLapsed");
                    assertThat(refusal.arguments()).containsExactly("10/06/2026");
                });
        assertThatThrownBy(() -> selfAssessments.submit(id, "tu-cham", version, InspectionFixtures.fullMarks()))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("inspection.error.selfLapsed"));
        as(board.clerk());
        EvidenceSamples.attachRequired(evidence, id);
        assertThat(teamSheets.submit(id, "gui", version, InspectionFixtures.fullMarks()).status()).isEqualTo(WardStatus.SUBMITTED);
    }

    @Test
    void theDailyTimerOpensTheRoundOfTheSeasonForEachBodyThatRunsRounds() {
        as(board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.YEAR_END, InspectionFixtures.standardChecklist(templates), true,
                ""));
        RoundView last = rounds.find(roundId).orElseThrow();
        Logins.out();

        // Late in the day, so the cron's next firing (in the server's time zone) has passed in any zone.
        clock.set(LocalDateTime.of(2027, 5, 31, 16, 0));
        clock.run(openingTimer());
        as(board.drafter());
        assertThat(roundOf(2027, InspectionPeriod.MID_YEAR)).isEmpty();
        Logins.out();

        clock.set(LocalDateTime.of(2027, 6, 1, 16, 0));
        clock.run(openingTimer());
        as(board.drafter());
        RoundView opened = roundOf(2027, InspectionPeriod.MID_YEAR).orElseThrow();
        assertThat(opened.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(opened.templateId()).isEqualTo(last.templateId());
        assertThat(opened.selfAssessment()).isTrue();
        assertThat(opened.purpose()).contains("6 tháng đầu năm 2027");
        assertThat(tasks(opened.id())).extracting(InboxTask::name).containsExactly("Lập lịch kiểm tra");
        Logins.out();

        clock.set(LocalDateTime.of(2027, 6, 2, 16, 0));
        clock.run(openingTimer());
        as(board.drafter());
        assertThat(rounds.of(board.bodyId())).extracting(RoundView::year).containsExactly(2027, 2026);
    }

    /** The drafter sends the paper, the reviewer agrees, the leader signs it off and the clerk issues it. */
    private IssuedDocumentView throughTheRoute(DraftId draft, LocalDate issuedOn) {
        as(board.drafter());
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        as(board.reviewer());
        approval.approve(draft, null);
        as(board.leader());
        approval.signOff(draft, drafts.find(draft).orElseThrow().revision(), null);
        as(board.clerk());
        return approval.issue(draft, issuedOn);
    }

    /** The round process's daily timer, whenever it is due: firing it reads the day from Flowable's clock. */
    private Job openingTimer() {
        return engine.getManagementService().createTimerJobQuery().handlerType("timer-start-event").list().stream()
                .filter(job -> job.getProcessDefinitionId().startsWith("inspectionRound:")).findFirst().orElseThrow();
    }

    private Optional<RoundView> roundOf(int year, InspectionPeriod period) {
        return rounds.of(board.bodyId()).stream().filter(round -> round.year() == year && round.period() == period)
                .findFirst();
    }

    private long version(RoundId roundId) {
        return rounds.find(roundId).orElseThrow().version();
    }

    private String processOf(RoundId roundId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("round:" + roundId).singleResult()
                .getId();
    }

    /**
     * The user's inbox tasks of this round: its own steps, its wards' and their remedial tasks' (each
     * test's board has people of its own, who take part in no other round at the same time).
     */
    private List<InboxTask> tasks(RoundId roundId) {
        return inbox.page(false, 0, 1000).stream().filter(task -> task.formKey().equals("inspections/" + roundId)
                || task.formKey().matches("inspections/(wards|self|remedies)/\\d+")).toList();
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
