package vn.boardflow.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.Refusals;

/**
 * A board's accountant writes its 2026 budget and allocates it to two wards; it is kept as written in whole đồng,
 * refused for an expense item not in force, more than a line holds or a stale version; the board reads it, a ward
 * officer does not.
 */
@ModuleTest
class BudgetTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Budgets budgets;
    @Autowired
    ExpenseItems items;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void anAccountantWritesTheYearsBudgetAndAllocatesItToWards() {
        PlanningBoard board = PlanningBoard.create(context);
        String accountant = board.another(context, Role.ACCOUNTANT, "Kế toán");
        Logins.as(userDetails, accountant);
        assertThat(items.inForceOn(LocalDate.of(2026, 1, 1))).extracting(ExpenseItem::code).contains("6551", "6658");
        BudgetId id = budgets.create(board.bodyId(), 2026);
        assertThat(Refusals.of(() -> budgets.create(board.bodyId(), 2026))).isEqualTo("fund.error.budgetExists");

        BudgetView empty = budgets.find(id).orElseThrow();
        BudgetContent written = new BudgetContent(List.of(
                new BudgetLine("Hội nghị sơ kết Đề án 6 tháng", "6658", Money.of(30_000_000), null,
                        Map.of(board.wards().get(0).value(), Money.of(15_000_000),
                                board.wards().get(1).value(), Money.of(10_000_000))),
                new BudgetLine("Tài liệu tuyên truyền", "6651", Money.of(4_500_000), null, Map.of())));
        BudgetView saved = budgets.save(id, empty.version(), written);
        assertThat(saved.content()).isEqualTo(written);
        assertThat(saved.content().lines().getFirst().remaining()).isEqualTo(Money.of(5_000_000));
        assertThat(saved.editable()).isTrue();

        assertThat(Refusals.of(() -> budgets.save(id, empty.version(), written))).as("a stale version")
                .isEqualTo("fund.error.changedMeanwhile");
        assertThat(Refusals.of(() -> budgets.save(id, saved.version(), new BudgetContent(List.of(
                new BudgetLine("Khoản không có mã", "9999", Money.of(1_000), null, Map.of()))))))
                .isEqualTo("fund.error.itemNotInForce");

        Logins.as(userDetails, board.leader());
        assertThat(budgets.list()).extracting(BudgetView::id).contains(id);
        assertThat(budgets.find(id).orElseThrow().editable()).as("the leader reads").isFalse();
        Logins.as(userDetails, board.wardOfficer());
        assertThat(budgets.find(id)).isEmpty();
        assertThat(catchThrowable(() -> budgets.save(id, saved.version(), written)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
