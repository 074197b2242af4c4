package vn.boardflow.fund;

import java.util.List;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;

/** What a budget says: its lines, each with its allocations to wards. */
public record BudgetContent(List<BudgetLine> lines) {

    public static final BudgetContent EMPTY = new BudgetContent(List.of());

    public BudgetContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public Money total() {
        return lines.stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money allocated() {
        return lines.stream().map(BudgetLine::allocated).reduce(Money.ZERO, Money::plus);
    }

    /** What one ward was given over all lines. */
    public Money allocatedTo(UnitId ward) {
        return lines.stream().map(line -> line.allocationOf(ward)).reduce(Money.ZERO, Money::plus);
    }
}
