package vn.boardflow.fund;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;

/**
 * What a budget says: its lines, each with its allocations to wards. A new line gets the number after the highest
 * in the budget, so a line keeps its number through every version and what names it (an advance, a settlement)
 * names the same line.
 */
public record BudgetContent(List<BudgetLine> lines) {

    public static final BudgetContent EMPTY = new BudgetContent(List.of());

    public BudgetContent {
        List<BudgetLine> given = lines == null ? List.of() : lines;
        int highest = given.stream().mapToInt(BudgetLine::key).max().orElse(0);
        Set<Integer> seen = new HashSet<>();
        List<BudgetLine> numbered = new ArrayList<>();
        for (BudgetLine line : given) {
            BudgetLine kept = line.key() == 0 ? line.numbered(++highest) : line;
            if (!seen.add(kept.key())) {
                throw new IllegalArgumentException("two lines of a budget under number " + kept.key());
            }
            numbered.add(kept);
        }
        lines = List.copyOf(numbered);
    }

    public Optional<BudgetLine> line(int key) {
        return lines.stream().filter(line -> line.key() == key).findFirst();
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
