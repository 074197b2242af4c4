package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.NumberingRegister.IssueNumber;

/**
 * 32 clerks issue 200 documents each on one register while a tenth of the transactions roll back after
 * taking their number. Runs on H2 by default and on PostgreSQL in CI.
 */
@IntegrationTest
class ConcurrentNumberingTests {

    static final int ISSUERS = 32;
    static final int DOCUMENTS_EACH = 200;
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 6, 15);

    @Autowired
    ApplicationContext context;
    @Autowired
    NumberingRegister register;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    /** Thrown inside a transaction after the number was taken, to roll it back. */
    static final class ForcedRollback extends RuntimeException {
    }

    @Test
    void concurrentIssuersWithRollbacksLeaveNoGapAndNoDuplicate() throws Exception {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger rolledBack = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(ISSUERS);
        try {
            List<Future<?>> issuers = new ArrayList<>();
            for (int issuer = 0; issuer < ISSUERS; issuer++) {
                issuers.add(pool.submit(() -> issueAll(body, committed, rolledBack)));
            }
            for (Future<?> issuer : issuers) {
                issuer.get();
            }
        } finally {
            pool.shutdown();
        }

        List<Integer> numbers = jdbc.queryForList("""
                select doc_number from register_entry where issuing_body_id = ? and doc_year = ? order by doc_number""",
                Integer.class, body.bodyId().value(), ISSUED_ON.getYear());
        assertThat(committed.get() + rolledBack.get()).isEqualTo(ISSUERS * DOCUMENTS_EACH);
        assertThat(rolledBack.get()).as("forced rollbacks").isGreaterThan(ISSUERS * DOCUMENTS_EACH / 20);
        assertThat(numbers).as("no gap, no duplicate")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, committed.get()).boxed().toList());
    }

    private void issueAll(FreshIssuingBody body, AtomicInteger committed, AtomicInteger rolledBack) {
        Logins.as(userDetails, body.clerk());
        try {
            for (int i = 0; i < DOCUMENTS_EACH; i++) {
                String summary = "Thông báo " + i;
                boolean rollBack = ThreadLocalRandom.current().nextInt(10) == 0;
                try {
                    transactions.executeWithoutResult(status -> {
                        register.issue(new IssueNumber(body.bodyId(), DocumentType.THONG_BAO, ISSUED_ON,
                                summary, "Phạm Quốc Bảo", null, List.of("Các phường"), 1, null));
                        if (rollBack) {
                            throw new ForcedRollback();
                        }
                    });
                    committed.incrementAndGet();
                } catch (ForcedRollback expected) {
                    rolledBack.incrementAndGet();
                }
            }
        } finally {
            Logins.out();
        }
    }
}
