package vn.boardflow.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.fund.Settlements.OpenDossier;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * Two things at the same moment, on H2 here and on PostgreSQL in CI: two dossiers sent against the last đồng of
 * one allocation (one goes through, the other is told it would overspend), and two people saving one dossier from
 * the same version (the second is told, the first's vouchers are kept whole).
 */
@IntegrationTest
class SettlementConcurrencyTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Budgets budgets;
    @Autowired
    Settlements settlements;
    @Autowired
    SettlementFiles files;
    @Autowired
    UserDetailsService userDetails;

    PlanningBoard board;
    BudgetId budgetId;
    ExecutorService pool;

    @BeforeEach
    void decidedBudget() {
        board = PlanningBoard.create(context);
        budgetId = FundFixtures.decidedBudget(context, board, board.another(context, Role.ACCOUNTANT, "Kế toán"));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdown();
        Logins.out();
    }

    @Test
    void twoDossiersSentAtOnceAgainstTheLastDongOfAnAllocationNeverBothGoThrough() throws Exception {
        SettlementView first = ready("Hội nghị", "HD-A", 6_000_000);
        SettlementView second = ready("Tuyên truyền", "HD-B", 6_000_000);
        List<Outcome> outcomes = atOnce(
                () -> settlements.submit(first.id(), first.version()),
                () -> settlements.submit(second.id(), second.version()));

        assertThat(outcomes).filteredOn(Outcome::done).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.done()).singleElement()
                .satisfies(outcome -> assertThat(outcome.refusal()).isEqualTo("settlement.check.overAllocation"));
        Logins.as(userDetails, board.wardOfficer());
        Money counted = List.of(first, second).stream().map(dossier -> settlements.find(dossier.id()).orElseThrow())
                .filter(dossier -> dossier.status() == SettlementStatus.SUBMITTED)
                .map(dossier -> dossier.content().requested()).reduce(Money.ZERO, Money::plus);
        assertThat(counted).as("no overspend").isEqualTo(Money.of(6_000_000));
    }

    @Test
    void twoWritersOfOneVersionTheSecondIsToldAndNothingIsLost() throws Exception {
        SettlementView read = ready("Hội nghị", "HD-C", 1_000_000);
        SettlementContent mine = withRequested(read, 1_000_000, "Tiền ăn, bản của người thứ nhất");
        SettlementContent theirs = withRequested(read, 1_000_000, "Tiền ăn, bản của người thứ hai");
        List<Outcome> outcomes = atOnce(() -> settlements.save(read.id(), read.version(), mine),
                () -> settlements.save(read.id(), read.version(), theirs));

        assertThat(outcomes).filteredOn(Outcome::done).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.done()).singleElement()
                .satisfies(outcome -> assertThat(outcome.refusal()).isIn("settlement.error.changedMeanwhile",
                        "optimistic lock"));
        Logins.as(userDetails, board.wardOfficer());
        SettlementContent kept = settlements.find(read.id()).orElseThrow().content();
        assertThat(kept).isIn(mine, theirs);
        assertThat(kept.vouchers()).hasSize(1);
    }

    /** A dossier of one voucher with its scan, ready to be sent. */
    private SettlementView ready(String title, String invoice, long amount) {
        Logins.as(userDetails, board.wardOfficer());
        SettlementId id = settlements.open(new OpenDossier(budgetId, 1, board.wards().get(0), title));
        SettlementView opened = settlements.find(id).orElseThrow();
        settlements.save(id, opened.version(), new SettlementContent(title, null, null, Money.of(amount),
                List.of(new Voucher(0, "01/PC", LocalDate.of(2026, 7, 10), invoice, "Chi " + title, "6651",
                        Money.of(amount), null, null))));
        files.attach(id, 1, "chung-tu.jpg", EvidenceSamples.smallPhoto());
        return settlements.find(id).orElseThrow();
    }

    private static SettlementContent withRequested(SettlementView read, long amount, String content) {
        Voucher voucher = read.content().vouchers().getFirst();
        return new SettlementContent(read.content().title(), null, null, Money.of(amount), List.of(new Voucher(
                voucher.no(), voucher.number(), voucher.date(), voucher.invoiceNumber(), content, voucher.itemCode(),
                Money.of(amount), null, null)));
    }

    /** Runs both as the ward's officer, released together. */
    private List<Outcome> atOnce(Runnable one, Runnable other) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Outcome>> running = new ArrayList<>();
        for (Runnable action : List.of(one, other)) {
            running.add(pool.submit((Callable<Outcome>) () -> {
                Logins.as(userDetails, board.wardOfficer());
                try {
                    start.await();
                    action.run();
                    return new Outcome(true, null);
                } catch (RuleViolation refused) {
                    return new Outcome(false, refused.messageKey());
                } catch (OptimisticLockingFailureException lost) {
                    return new Outcome(false, "optimistic lock");
                } finally {
                    Logins.out();
                }
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> outcome : running) {
            try {
                outcomes.add(outcome.get());
            } catch (ExecutionException e) {
                throw new AssertionError("neither done nor refused", e.getCause());
            }
        }
        return outcomes;
    }

    private record Outcome(boolean done, String refusal) {
    }
}
