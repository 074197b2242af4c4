package vn.boardflow.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of who did what. Entries are written in the transaction of the change they
 * describe, so a change that rolls back leaves no entry, and the application never updates or deletes one.
 */
public interface AuditLog {

    /** Records the change for the signed-in actor (or "system" when nobody is signed in). */
    void record(AuditRecord record);

    List<AuditEntryView> search(AuditFilter filter, int offset, int limit);

    int count(AuditFilter filter);

    /**
     * @param actingFor user name of the person the actor substituted for, or {@code null}
     * @param before    state before, {@code null} for a creation
     * @param after     state after, {@code null} for a deletion
     */
    record AuditRecord(String action, String entityType, String entityId, UnitId unitId,
                       Map<String, ?> before, Map<String, ?> after, String actingFor) {

        public static AuditRecord of(String action, String entityType, Object entityId, UnitId unitId,
                                     Map<String, ?> before, Map<String, ?> after) {
            return new AuditRecord(action, entityType, String.valueOf(entityId), unitId, before, after, null);
        }

        public AuditRecord actingFor(String username) {
            return new AuditRecord(action, entityType, entityId, unitId, before, after, username);
        }
    }

    record AuditFilter(Instant from, Instant to, String actor, String action, String entityType, String entityId) {

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null, null, null);
        }
    }

    record AuditEntryView(long id, Instant occurredAt, String actor, String actorName, String actingFor,
                          String action, String entityType, String entityId, UnitId unitId,
                          String stateBefore, String stateAfter) {
    }
}
