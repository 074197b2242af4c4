package vn.boardflow.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.Voucher;
import vn.boardflow.fund.internal.AllocationUse.Row;
import vn.boardflow.fund.internal.AllocationUse.Use;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.MoneyWords;
import vn.boardflow.shared.RuleViolation;

/**
 * Random budgets, allocations and dossiers, seeded so a failure repeats: a budget keeps only lines whose wards'
 * shares fit them, and then allocated is the sum over the wards; advances and dossiers sent one after another
 * against a ward's allocation (each approved for what it asked or less, a dossier maybe clearing an open advance)
 * never count more than it, one being refused exactly when it would; open advances count until cleared; and every
 * amount written in words reads back to the same number.
 */
class SettlementPropertyTest {

    private static final int CASES = 400;

    @Test
    void allocationsAddUpAndSettlementsNeverExceedThem() {
        Random random = new Random(20261207);
        for (int run = 0; run < CASES; run++) {
            List<UnitId> wards = IntStream.rangeClosed(1, 1 + random.nextInt(8)).mapToObj(UnitId::of).toList();
            BudgetContent budget = budget(random, wards);
            for (UnitId ward : wards) {
                Money sum = budget.lines().stream().map(line -> line.allocationOf(ward)).reduce(Money.ZERO, Money::plus);
                assertThat(budget.allocatedTo(ward)).isEqualTo(sum);
            }
            assertThat(budget.allocated()).isEqualTo(wards.stream().map(budget::allocatedTo)
                    .reduce(Money.ZERO, Money::plus));
            for (BudgetLine line : budget.lines()) {
                assertThat(line.allocated()).isLessThanOrEqualTo(line.amount());
                assertThat(MoneyWords.read(line.amount().inWords())).isEqualTo(line.amount().dong());
                wards.stream().map(line::allocationOf).filter(share -> !share.isZero())
                        .forEach(share -> settle(random, share));
            }
        }
    }

    private static BudgetContent budget(Random random, List<UnitId> wards) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int l = 0; l < 1 + random.nextInt(6); l++) {
            String activity = "Khoản " + l;
            Money amount = Money.of(1_000L * (1 + random.nextInt(50_000)));
            Map<Long, Money> shares = new HashMap<>();
            for (UnitId ward : wards) {
                if (random.nextBoolean()) {
                    shares.put(ward.value(), Money.of(random.nextLong(amount.dong() / wards.size() * 2 + 1)));
                }
            }
            Money asked = shares.values().stream().reduce(Money.ZERO, Money::plus);
            Throwable refused = catchThrowable(() -> lines.add(new BudgetLine(activity, "6651", amount, null,
                    shares)));
            if (asked.exceeds(amount)) {
                assertThat(refused).isInstanceOf(RuleViolation.class);
            } else {
                assertThat(refused).isNull();
            }
        }
        return new BudgetContent(lines);
    }

    /**
     * Advances and dossiers one after another against one allocation, as the budget's lock makes them: an advance
     * is approved (possibly for less) and paid out, then maybe cleared by a dossier; whatever is reached, what the
     * allocation's dossiers count never exceeds it, a request being refused exactly when it would.
     */
    private static void settle(Random random, Money allocation) {
        List<Row> rows = new ArrayList<>();
        Set<String> invoices = new HashSet<>();
        for (int d = 0; d < 1 + random.nextInt(8); d++) {
            long id = d + 1;
            List<Row> open = rows.stream().filter(row -> row.kind() == DossierKind.ADVANCE
                    && row.status() == SettlementStatus.PAID && rows.stream().noneMatch(other ->
                    Long.valueOf(row.id()).equals(other.replaces()))).toList();
            boolean advance = random.nextInt(3) == 0;
            Long clears = !advance && !open.isEmpty() && random.nextBoolean()
                    ? open.get(random.nextInt(open.size())).id() : null;
            SettlementContent content = advance ? advance(random, allocation, d) : dossier(random, allocation, d);
            Money amount = advance ? content.requested() : content.spent();
            rows.add(new Row(id, advance ? DossierKind.ADVANCE : DossierKind.SETTLEMENT, clears, 1, 1,
                    SettlementStatus.DRAFT, amount, null));
            Money elsewhere = AllocationUse.elsewhere(rows, id, amount);
            Set<Integer> attached = new HashSet<>();
            content.vouchers().forEach(voucher -> attached.add(voucher.no()));
            List<SettlementFinding> findings = new SettlementChecks(advance ? DossierKind.ADVANCE
                    : DossierKind.SETTLEMENT, LocalDate.of(2026, 1, 1), 2026, allocation, elsewhere, invoices,
                    attached, (code, day) -> true, (code, day) -> Optional.empty()).of(content);
            boolean over = amount.plus(elsewhere).exceeds(allocation);
            assertThat(findings.stream().anyMatch(finding -> finding.messageKey()
                    .equals("settlement.check.overAllocation"))).isEqualTo(over);
            if (findings.stream().noneMatch(SettlementFinding::blocking)) {
                Money approved = random.nextInt(4) == 0 ? Money.of(random.nextLong(amount.dong() + 1)) : amount;
                rows.set(rows.size() - 1, new Row(id, rows.getLast().kind(), clears, 1, 1,
                        advance ? SettlementStatus.PAID : SettlementStatus.CLOSED, amount, approved));
                if (clears != null) {
                    rows.replaceAll(row -> row.id() == clears ? new Row(row.id(), row.kind(), null, 1, 1,
                            SettlementStatus.CLOSED, row.requested(), row.approved()) : row);
                }
                content.vouchers().forEach(voucher -> invoices.add(SettlementChecks.invoiceKey(
                        voucher.invoiceNumber())));
                assertThat(MoneyWords.read(approved.inWords())).isEqualTo(approved.dong());
            } else {
                rows.removeLast();
            }
            Use use = AllocationUse.byAllocation(rows).values().stream().reduce(Use.NONE, Use::plus);
            assertThat(use.total()).as("counted within the allocation").isLessThanOrEqualTo(allocation);
            Money advancedOpen = rows.stream().filter(row -> row.kind() == DossierKind.ADVANCE
                    && row.status() == SettlementStatus.PAID).map(Row::approved).reduce(Money.ZERO, Money::plus);
            assertThat(use.advanced()).as("advances count until cleared").isEqualTo(advancedOpen);
            assertThat(MoneyWords.read(amount.inWords())).isEqualTo(amount.dong());
        }
    }

    private static SettlementContent advance(Random random, Money allocation, int d) {
        return new SettlementContent("Tạm ứng " + d, null, null,
                Money.of(1 + random.nextLong(Math.max(1, allocation.dong() / 2))), List.of(),
                LocalDate.of(2026, 6, 30));
    }

    private static SettlementContent dossier(Random random, Money allocation, int d) {
        List<Voucher> vouchers = new ArrayList<>();
        for (int v = 0; v < 1 + random.nextInt(20); v++) {
            vouchers.add(new Voucher(0, "PC" + v, LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "HD" + d + "-" + v, "Chi hoạt động", "6651",
                    Money.of(1 + random.nextLong(Math.max(1, allocation.dong() / 4))), null, null));
        }
        SettlementContent numbered = new SettlementContent("Hồ sơ " + d, null, null, Money.ZERO, vouchers);
        return new SettlementContent(numbered.title(), null, null, numbered.spent(), numbered.vouchers());
    }
}
