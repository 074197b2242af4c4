package vn.boardflow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;
import vn.boardflow.KaribuTest;
import vn.boardflow.Logins;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.inspection.InspectionEvidence.Attach;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.InspectionFixtures;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.Remedies.RemedyView;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.inspection.TeamSheets;
import vn.boardflow.inspection.WardInspectionClosing;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanView;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.workflow.InboxTask;

/**
 * Every kind of task opens its screen from "Việc của tôi", for the person it waits for: each step of an annual
 * plan's draft and of an inspection round, taken as its holder would, from the inbox's "Mở" button.
 */
class InboxTaskScreensTest extends KaribuTest {

    private static final LocalDate VISIT = LocalDate.of(2026, 6, 10);

    @Autowired
    AnnualPlans plans;
    @Autowired
    PlanDrafting drafting;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    InspectionRounds rounds;
    @Autowired
    RoundPlanning planning;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    WardInspections inspections;

    @Autowired
    TeamSheets teamSheets;

    @Autowired
    WardInspectionClosing closing;
    @Autowired
    InspectionEvidence evidence;
    @Autowired
    Remedies remedies;

    @Test
    void anAnnualPlansDraftingOpensThePlanAndEveryLaterStepItsDraft() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        PlanId id = drafting.create(new NewPlan(board.bodyId(), 2019, false));
        assertOpens(board.drafter(), "Soạn dự thảo", "plans/" + id, "PlanPage");

        loginAs(board.drafter());
        PlanView plan = plans.find(id).orElseThrow();
        drafting.save(id, plan.version(), board.filledIn(plan.content(), 0, 0));
        DraftId draft = plan.draftId();
        String page = "drafts/" + draft;
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        assertOpens(board.reviewer(), "Xem xét", page, "DraftPage");

        loginAs(board.reviewer());
        approval.approve(draft, null);
        assertOpens(board.leader(), "Ký duyệt", page, "DraftPage");

        loginAs(board.leader());
        approval.signOff(draft, drafts.find(draft).orElseThrow().revision(), null);
        assertOpens(board.clerk(), "Ban hành", page, "DraftPage");
    }

    @Test
    void eachStepOfAnInspectionRoundOpensItsScreen() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        long checklist = InspectionFixtures.standardChecklist(templates);
        RoundId selfAssessed = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR, checklist, true, ""));
        assertOpens(board.drafter(), "Lập lịch kiểm tra", "inspections/" + selfAssessed, "RoundPage");
        loginAs(board.drafter());
        InspectionFixtures.scheduleOneTeam(rounds, planning, board, selfAssessed, VISIT);
        WardInspectionId ownWard = inspectionOf(selfAssessed, board.wards().getFirst()).id();
        assertOpens(board.wardOfficer(), "Phường tự chấm điểm", "inspections/self/" + ownWard, "SelfAssessmentForm");

        loginAs(board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.YEAR_END, checklist, false, ""));
        InspectionFixtures.scheduleOneTeam(rounds, planning, board, roundId, VISIT.plusMonths(5));
        List<WardInspectionView> wards = inspections.ofRound(roundId);
        WardInspectionView first = wards.getFirst();
        assertOpens(board.clerk(), "Chấm điểm phường", "inspections/wards/" + first.id(), "ChecklistForm");

        loginAs(board.clerk());
        for (WardInspectionView ward : wards) {
            EvidenceSamples.attachRequired(evidence, ward.id());
            teamSheets.submit(ward.id(), "gui-" + ward.id(), ward.version(), InspectionFixtures.fullMarks());
        }
        assertOpens(board.reviewer(), "Kết thúc kiểm tra phường", "inspections/wards/" + first.id(), "ChecklistForm");

        loginAs(board.reviewer());
        closing.close(first.id(), List.of(new RemedyDraft("2.1", "Kết nạp thêm hội viên", VISIT.plusMonths(6))));
        wards.stream().skip(1).forEach(ward -> closing.close(ward.id(), List.of()));
        assertOpens(board.drafter(), "Soạn báo cáo kết quả kiểm tra", "inspections/" + roundId, "RoundPage");

        loginAs(board.wardOfficer());
        RemedyView remedy = remedies.ofMyWards().stream().filter(view -> view.roundId().equals(roundId)).findFirst().orElseThrow();
        String remedyPage = "inspections/remedies/" + remedy.id();
        assertOpens(board.wardOfficer(), "Khắc phục tồn tại", remedyPage, "RemedyPage");

        loginAs(board.wardOfficer());
        evidence.attach(new Attach(first.id(), null, remedy.id(), "danh-sach.pdf", "%PDF-1.4".getBytes()));
        remedies.report(remedy.id(), remedy.version(), "Đã kết nạp thêm 4 hội viên");
        assertOpens(board.reviewer(), "Xem xét kết quả khắc phục", remedyPage, "RemedyPage");
    }

    /** Signs in as {@code username}, presses "Mở" on the task named {@code taskName} of the record, and checks the screen. */
    private void assertOpens(String username, String taskName, String formKey, String screen) {
        Logins.out();
        loginAs(username);
        UI.getCurrent().navigate("tasks");
        @SuppressWarnings("unchecked")
        Grid<InboxTask> grid = _get(Grid.class);
        List<InboxTask> rows = GridKt._findAll(grid);
        int row = rows.indexOf(rows.stream().filter(task -> task.name().equals(taskName) && task.formKey().equals(formKey))
                .findFirst().orElseThrow(() -> new AssertionError(username + " has no task " + taskName + " for " + formKey
                        + " among " + rows.stream().map(task -> task.name() + " " + task.formKey()).toList())));

        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("Mở")));

        NotificationsKt.expectNoNotifications();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(formKey);
        assertThat(ClassUtils.getUserClass(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .getSimpleName()).isEqualTo(screen);
    }

    private WardInspectionView inspectionOf(RoundId roundId, UnitId wardId) {
        return inspections.ofRound(roundId).stream().filter(view -> view.wardId().equals(wardId)).findFirst().orElseThrow();
    }
}
