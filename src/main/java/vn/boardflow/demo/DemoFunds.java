package vn.boardflow.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.org.DemoOrganisationLoaded;
import vn.boardflow.shared.Money;

/**
 * The city board's 2018 budget for the seed's activities, written by its accountant: the launch conference and the
 * prizes kept at the city, the chi hội's activities, leaflets and stationery shared out equally to the 14 wards;
 * its Quyết định phân bổ kinh phí drafted by the accountant, agreed, signed and issued in January.
 */
@Component
class DemoFunds {

    private final IssuingBodies bodies;
    private final Budgets budgets;
    private final DemoUsers users;
    private final DemoRoute route;

    DemoFunds(IssuingBodies bodies, Budgets budgets, DemoUsers users, DemoRoute route) {
        this.bodies = bodies;
        this.budgets = budgets;
        this.users = users;
        this.route = route;
    }

    /** @return the budget, its decision issued */
    BudgetId load(DemoOrganisationLoaded organisation) {
        users.signIn("ketoan");
        IssuingBodyView board = DemoPlans.cityBoard(bodies, organisation);
        BudgetId id = budgets.create(board.id(), Seed004Text.YEAR);
        BudgetView budget = budgets.find(id).orElseThrow();
        List<Ward> wards = budget.wards();
        budgets.save(id, budget.version(), new BudgetContent(List.of(
                new BudgetLine("Hội nghị triển khai Đề án năm " + Seed004Text.YEAR, "6658", Money.of(20_000_000), null,
                        Map.of()),
                new BudgetLine("Hỗ trợ sinh hoạt chi hội thanh niên công nhân nhà trọ", "7049",
                        Money.of(5_000_000).times(wards.size()), null, each(wards, Money.of(5_000_000))),
                new BudgetLine("In tài liệu tuyên truyền về Đề án", "6651", Money.of(1_000_000).times(wards.size()),
                        null, each(wards, Money.of(1_000_000))),
                new BudgetLine("Văn phòng phẩm cho các chi hội", "6551", Money.of(250_000).times(wards.size()), null,
                        each(wards, Money.of(250_000))),
                new BudgetLine("Khen thưởng chi hội tiêu biểu", "7799", Money.of(10_000_000), null, Map.of()))));
        route.agreedSignedAndIssued(route.submitted(budgets.draftDecision(id), "ketoan"),
                "Đồng ý, trình Trưởng ban ký.", LocalDate.of(Seed004Text.YEAR, 1, 15));
        return id;
    }

    private static Map<Long, Money> each(List<Ward> wards, Money share) {
        Map<Long, Money> allocations = new HashMap<>();
        wards.forEach(ward -> allocations.put(ward.unitId().value(), share));
        return allocations;
    }
}
