package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.TestDatabase;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog.AuditRecord;

@IntegrationTest
class AuditLogTests {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void anEntryRecordsWhoActedForWhomAndTheStatesBeforeAndAfter() {
        Logins.as(userDetails, "phucuong");
        String id = UUID.randomUUID().toString();
        auditLog.record(AuditRecord.of("task.completed", "Task", id, null, Map.of("assignee", "phuloi"),
                Map.of("assignee", "phucuong")).actingFor("phuloi"));

        Logins.as(userDetails, "quantri");
        AuditEntryView entry = auditLog.search(new AuditFilter(null, null, null, null, "Task", id), 0, 5).getFirst();
        assertThat(entry.actor()).isEqualTo("phucuong");
        assertThat(entry.actorName()).isEqualTo("Bùi Thị Ngọc");
        assertThat(entry.actingFor()).isEqualTo("phuloi");
        assertThat(entry.stateBefore()).isEqualTo("{\"assignee\":\"phuloi\"}");
        assertThat(entry.stateAfter()).isEqualTo("{\"assignee\":\"phucuong\"}");
        assertThat(auditLog.count(new AuditFilter(null, null, "phuloi", "task.", null, id))).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        Logins.as(userDetails, "lanhdao");
        assertThatThrownBy(() -> auditLog.search(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePostgresqlDatabaseRefusesToChangeOrDeleteAnEntry() {
        assumeTrue(TestDatabase.isPostgres(), "the trigger guarding the log is PostgreSQL's");
        Logins.as(userDetails, "quantri");
        auditLog.record(AuditRecord.of("unit.renamed", "Unit", "0", null, null, Map.of()));

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor_username = 'ke_gian'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).hasMessageContaining("append-only");
    }
}
