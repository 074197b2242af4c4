package vn.boardflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.Role;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanView;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.ReportForms.FormDefinition;
import vn.boardflow.report.UnitReports.ReportEntry;

/**
 * A new board with three wards and its plan of 2026 issued, each ward's share 100 of every allocated target, and
 * the monthly form its wards report on: two of the plan's targets (new members, summed; units maintained, a
 * level), one other figure and two sections.
 */
public record ReportingBoard(PlanningBoard board, TargetLine newMembers, TargetLine maintained) {

    public static final int YEAR = 2026;

    public static ReportingBoard create(ApplicationContext context) {
        PlanningBoard board = PlanningBoard.create(context);
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        AnnualPlans plans = context.getBean(AnnualPlans.class);
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        Logins.as(userDetails, board.drafter());
        PlanId id = context.getBean(PlanDrafting.class).create(new NewPlan(board.bodyId(), YEAR, false));
        PlanView plan = plans.find(id).orElseThrow();
        List<TargetLine> allocated = plan.content().targets().stream().filter(TargetLine::allocated).toList();
        context.getBean(PlanDrafting.class).save(id, plan.version(),
                board.filledIn(plan.content(), allocated.getFirst().indicatorId(), 0));
        DraftId draftId = plan.draftId();
        approval.submit(draftId, drafts.find(draftId).orElseThrow().version());
        Logins.as(userDetails, board.reviewer());
        approval.approve(draftId, "Đồng ý");
        Logins.as(userDetails, board.leader());
        approval.signOff(draftId, drafts.find(draftId).orElseThrow().revision(), null);
        Logins.as(userDetails, board.clerk());
        approval.issue(draftId, LocalDate.of(YEAR, 1, 5));
        Logins.out();
        return new ReportingBoard(board, allocated.get(0), allocated.get(1));
    }

    /** An officer for each of the three wards: the board's own for the first, new ones for the other two. */
    public List<String> officers(ApplicationContext context) {
        return List.of(board.wardOfficer(),
                board.another(context, board.wards().get(1), Role.WARD_OFFICER, "Cán bộ phường thứ hai"),
                board.another(context, board.wards().get(2), Role.WARD_OFFICER, "Cán bộ phường thứ ba"));
    }

    public FormDefinition monthlyForm() {
        return new FormDefinition("Báo cáo tháng kết quả thực hiện Đề án", ReportSchedule.monthlyDefault(),
                board.wards(), board.unitId(), List.of(
                FormField.target(newMembers.indicatorId(), newMembers.indicator(), newMembers.unitOfMeasure(), Tally.SUM),
                FormField.target(maintained.indicatorId(), maintained.indicator(), maintained.unitOfMeasure(), Tally.LEVEL),
                FormField.figure("hoat-dong", "Số hoạt động đã tổ chức", "hoạt động", Tally.SUM),
                FormField.section("danh-gia", "II. Đánh giá", true),
                FormField.section("kien-nghi", "IV. Kiến nghị", false)));
    }

    public ReportEntry entry(long members, long maintainedUnits, long activities, String assessment) {
        return new ReportEntry(Map.of(newMembersKey(), members, maintainedKey(), maintainedUnits, "hoat-dong",
                activities), Map.of("danh-gia", assessment));
    }

    public String newMembersKey() {
        return "i" + newMembers.indicatorId();
    }

    public String maintainedKey() {
        return "i" + maintained.indicatorId();
    }
}
