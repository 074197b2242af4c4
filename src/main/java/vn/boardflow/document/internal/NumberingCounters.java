package vn.boardflow.document.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The counters behind the register. {@link #next} increments a counter row in the caller's transaction:
 * the update locks the row until that transaction ends, so a concurrent issuer waits, and a rollback
 * takes the number back with it. Plain SQL, because this is the hot path of concurrent issuing.
 */
@Component
class NumberingCounters {

    private static final String INCREMENT = """
            update numbering_counter set last_number = last_number + 1
            where issuing_body_id = ? and doc_year = ? and sequence_key = ?""";
    private static final String READ = """
            select last_number from numbering_counter where issuing_body_id = ? and doc_year = ? and sequence_key = ?""";
    /** PostgreSQL increments and reads in one round trip, which shortens the time the row stays locked. */
    private static final String INCREMENT_RETURNING = INCREMENT + " returning last_number";
    private static final String CREATE = """
            insert into numbering_counter (issuing_body_id, doc_year, sequence_key, last_number) values (?, ?, ?, 0)""";
    private static final String LOCK = READ + " for update";
    private static final String SET_LAST = """
            update numbering_counter set last_number = ? where issuing_body_id = ? and doc_year = ? and sequence_key = ?""";
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;
    private final boolean returning;

    NumberingCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.returning = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    /** The next number of the sequence, held by the caller's transaction. */
    int next(long issuingBodyId, int year, String sequenceKey) {
        Integer number = increment(issuingBodyId, year, sequenceKey);
        if (number == null) {
            create(issuingBodyId, year, sequenceKey);
            number = increment(issuingBodyId, year, sequenceKey);
        }
        if (number == null) {
            throw new IllegalStateException("counter row vanished");
        }
        return number;
    }

    /** The last number the sequence gave (0 for none), its counter locked until the caller's transaction ends. */
    int lockLast(long issuingBodyId, int year, String sequenceKey) {
        List<Integer> last = jdbc.queryForList(LOCK, Integer.class, issuingBodyId, year, sequenceKey);
        if (!last.isEmpty()) {
            return last.getFirst();
        }
        create(issuingBodyId, year, sequenceKey);
        return jdbc.queryForObject(LOCK, Integer.class, issuingBodyId, year, sequenceKey);
    }

    /** Moves a locked counter on, so that the sequence's next number follows {@code last}. */
    void setLast(long issuingBodyId, int year, String sequenceKey, int last) {
        jdbc.update(SET_LAST, last, issuingBodyId, year, sequenceKey);
    }

    /** The incremented number, or {@code null} when the sequence has no counter yet. */
    private Integer increment(long issuingBodyId, int year, String sequenceKey) {
        if (returning) {
            List<Integer> numbers = jdbc.queryForList(INCREMENT_RETURNING, Integer.class, issuingBodyId, year, sequenceKey);
            return numbers.isEmpty() ? null : numbers.getFirst();
        }
        if (jdbc.update(INCREMENT, issuingBodyId, year, sequenceKey) == 0) {
            return null;
        }
        return jdbc.queryForObject(READ, Integer.class, issuingBodyId, year, sequenceKey);
    }

    /**
     * A year's first number creates its counter. Two first issuers may race: the loser's insert fails on
     * the key, is rolled back to a savepoint, and its increment then finds the winner's row. The savepoint
     * keeps the caller's transaction usable (PostgreSQL would abort it) and needs no second connection.
     */
    private void create(long issuingBodyId, int year, String sequenceKey) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
                insert.setLong(1, issuingBodyId);
                insert.setInt(2, year);
                insert.setString(3, sequenceKey);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeInsert);
            }
            return null;
        });
    }
}
