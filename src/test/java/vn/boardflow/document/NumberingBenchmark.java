package vn.boardflow.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boardflow.Logins;
import vn.boardflow.bench.OnPostgres;
import vn.boardflow.bench.Workers;
import vn.boardflow.document.NumberingRegister.IssueNumber;

/**
 * Numbers per second on one register with 64 concurrent issuers on PostgreSQL, with the gaps and
 * duplicates counted afterwards; and, in the same run and on the same connection pool, a bare
 * {@code UPDATE … RETURNING} loop on a counter row with the same concurrency, as the yardstick, and that
 * same statement inside a Spring transaction: the least any transactional service can cost.
 * Prints the figures and writes them to {@code target/bench/numbering.json}.
 */
public final class NumberingBenchmark {

    static final int ISSUERS = Integer.getInteger("bench.issuers", 64);
    static final int EACH = Integer.getInteger("bench.numbersEach", 60);
    /** The application's connection pool (Hikari's default size unless set), which issuers and the yardstick share. */
    static final int POOL = Integer.getInteger("bench.pool", 10);
    /** Numbers issued before measuring, so the JIT has compiled the path being measured. */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 2000);
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 7, 1);

    private NumberingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        OnPostgres.run(NumberingBenchmark::run, "--spring.datasource.hikari.maximum-pool-size=" + POOL);
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        NumberingRegister register = context.getBean(NumberingRegister.class);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);

        Runnable issue = () -> register.issue(new IssueNumber(body.bodyId(), DocumentType.THONG_BAO, ISSUED_ON,
                "Thông báo đo hiệu năng", "Phạm Quốc Bảo", null, List.of("Các phường"), 1, null));
        double warmUp = Workers.perSecond(ISSUERS, Math.max(1, WARM_UP / ISSUERS),
                worker -> Logins.as(userDetails, body.clerk()), worker -> issue.run());
        double register64 = Workers.perSecond(ISSUERS, EACH, worker -> Logins.as(userDetails, body.clerk()),
                worker -> issue.run());

        List<Integer> numbers = jdbc.queryForList("""
                select doc_number from register_entry where issuing_body_id = ? and doc_year = ? order by doc_number""",
                Integer.class, body.bodyId().value(), ISSUED_ON.getYear());
        int duplicates = numbers.size() - (int) numbers.stream().distinct().count();
        int gaps = numbers.isEmpty() ? 0 : numbers.getLast() - (int) numbers.stream().distinct().count();

        jdbc.execute("create table if not exists bench_counter (id integer primary key, n bigint not null)");
        jdbc.update("delete from bench_counter");
        jdbc.update("insert into bench_counter (id, n) values (1, 0)");
        Runnable bare = () -> jdbc.queryForObject("update bench_counter set n = n + 1 where id = 1 returning n", Long.class);
        Workers.perSecond(ISSUERS, Math.max(1, WARM_UP / ISSUERS), worker -> { }, worker -> bare.run());
        double bare64 = Workers.perSecond(ISSUERS, EACH, worker -> { }, worker -> bare.run());
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        double bareInTransaction64 = Workers.perSecond(ISSUERS, EACH, worker -> { },
                worker -> transaction.executeWithoutResult(status -> bare.run()));
        jdbc.execute("drop table bench_counter");

        String figures = String.format(Locale.ROOT, """
                {"database": "%s", "issuers": %d, "numbers": %d, "numbersPerSecond": %.1f, "gaps": %d, \
                "duplicates": %d, "bareUpdateReturningPerSecond": %.1f, "ratio": %.2f, \
                "bareUpdateReturningInTransactionPerSecond": %.1f, "warmUpPerSecond": %.1f}
                """, jdbc.queryForObject("select version()", String.class).split(",")[0], ISSUERS, numbers.size(),
                register64, gaps, duplicates, bare64, register64 / bare64, bareInTransaction64, warmUp);
        System.out.printf(Locale.ROOT, "numbering on one register, %d issuers: %.1f numbers/s, %d gaps, %d duplicates; "
                + "bare UPDATE … RETURNING: %.1f/s; ratio %.2f; the same UPDATE in a Spring transaction: %.1f/s%n",
                ISSUERS, register64, gaps, duplicates, bare64, register64 / bare64, bareInTransaction64);
        Path out = Path.of("target", "bench", "numbering.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
        System.out.println("written to " + out);
    }
}
