package vn.boardflow.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftRouteSteps;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;

/** A board's 2026 budget decided through the document route, its one line shared between the first two wards. */
public final class FundFixtures {

    public static final String ACTIVITY = "Hội nghị sơ kết Đề án 6 tháng";

    private FundFixtures() {
    }

    /** @return the budget, 10.000.000 đ of line 1 to each of the first two wards, its decision issued on 12/01/2026 */
    public static BudgetId decidedBudget(ApplicationContext context, PlanningBoard board, String accountant) {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Budgets budgets = context.getBean(Budgets.class);
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        Logins.as(userDetails, accountant);
        BudgetId id = budgets.create(board.bodyId(), 2026);
        budgets.save(id, budgets.find(id).orElseThrow().version(), new BudgetContent(List.of(new BudgetLine(
                ACTIVITY, "6658", Money.of(20_000_000), null, Map.of(board.wards().get(0).value(),
                Money.of(10_000_000), board.wards().get(1).value(), Money.of(10_000_000))))));
        DraftId draft = budgets.draftDecision(id);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        DraftRouteSteps.agreedSignedAndIssued(context, draft, board.reviewer(), board.leader(), board.clerk(),
                LocalDate.of(2026, 1, 12));
        return id;
    }
}
