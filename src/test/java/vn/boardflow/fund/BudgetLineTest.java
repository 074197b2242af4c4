package vn.boardflow.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.Refusals;

/** A line gives its wards no more than it holds, and says what is left to give. */
class BudgetLineTest {

    @Test
    void sumsItsAllocationsAndWhatIsLeft() {
        BudgetLine line = new BudgetLine(" Hội nghị sơ kết 6 tháng ", "6658", Money.of(30_000_000), null,
                Map.of(1L, Money.of(12_000_000), 2L, Money.of(8_000_000), 3L, Money.ZERO));
        assertThat(line.activity()).isEqualTo("Hội nghị sơ kết 6 tháng");
        assertThat(line.allocations()).as("a ward given nothing is not kept").containsOnlyKeys(1L, 2L);
        assertThat(line.allocated()).isEqualTo(Money.of(20_000_000));
        assertThat(line.remaining()).isEqualTo(Money.of(10_000_000));
        assertThat(line.allocationOf(UnitId.of(3))).isEqualTo(Money.ZERO);
        BudgetContent content = new BudgetContent(List.of(line, new BudgetLine("Văn phòng phẩm", "6551",
                Money.of(2_000_000), null, Map.of(1L, Money.of(500_000)))));
        assertThat(content.total()).isEqualTo(Money.of(32_000_000));
        assertThat(content.allocated()).isEqualTo(Money.of(20_500_000));
        assertThat(content.allocatedTo(UnitId.of(1))).isEqualTo(Money.of(12_500_000));
    }

    @Test
    void refusesMoreThanTheLineHoldsAndAmountsThatMeanNothing() {
        assertThat(Refusals.of(() -> new BudgetLine("Hội nghị", "6658", Money.of(10_000_000), null,
                Map.of(1L, Money.of(6_000_000), 2L, Money.of(4_000_001))))).isEqualTo("fund.error.overAllocated");
        assertThat(Refusals.of(() -> new BudgetLine("Hội nghị", "6658", Money.ZERO, null, Map.of())))
                .isEqualTo("fund.error.amountPositive");
        assertThat(Refusals.of(() -> new BudgetLine("Hội nghị", "6658", Money.of(1_000), null,
                Map.of(1L, Money.of(-1)))))
                .isEqualTo("fund.error.allocationNegative");
        assertThat(Refusals.of(() -> new BudgetLine("Hội nghị", "66", Money.of(1_000), null, Map.of())))
                .isEqualTo("fund.error.itemRequired");
        assertThat(Refusals.of(() -> new BudgetLine(" ", "6658", Money.of(1_000), null, Map.of())))
                .isEqualTo("fund.error.activityRequired");
    }
}
