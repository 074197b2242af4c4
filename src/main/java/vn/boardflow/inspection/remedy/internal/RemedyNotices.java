package vn.boardflow.inspection.remedy.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which notices a remedial task has had: each kind is sent once per task, however often the process's
 * timers fire again for it. Kept apart from the task's row, whose version the ward's page holds.
 */
@Component
class RemedyNotices {

    static final String REMINDER = "reminder";
    static final String LATE = "late";

    private static final String RECORD_FIRST = """
            insert into remedy_notice (remedy_id, kind, sent_at) select ?, ?, ?
            where not exists (select 1 from remedy_notice where remedy_id = ? and kind = ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RemedyNotices(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the notice; false when the task has had one of this kind already. */
    boolean first(long remedyId, String kind) {
        return jdbc.update(RECORD_FIRST, remedyId, kind, OffsetDateTime.now(clock), remedyId, kind) == 1;
    }
}
