package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog.AuditRecord;

/**
 * The organisation module alone: any module's audited event is written to the audit log for the signed-in
 * user in the publisher's transaction, so a change that rolls back leaves no entry.
 */
@ModuleTest
class OrgModuleTests {

    /** What a feature of another module would publish. */
    record SomethingChanged(String id) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("test.changed", "Something", id, null, null, Map.of("id", id));
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void anAuditedEventIsRecordedForTheActorAndRolledBackWithItsTransaction() {
        Logins.as(userDetails, "quantri");
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);

        inTransaction.executeWithoutResult(status -> events.publishEvent(new SomethingChanged("kept")));
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            events.publishEvent(new SomethingChanged("undone"));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(auditLog.search(new AuditFilter(null, null, null, "test.changed", "Something", null), 0, 10))
                .extracting(AuditEntryView::entityId, AuditEntryView::actor)
                .containsExactly(tuple("kept", "quantri"));
    }
}
