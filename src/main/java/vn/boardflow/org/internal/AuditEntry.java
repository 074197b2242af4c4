package vn.boardflow.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.UnitId;

/** One line of the audit log. Immutable: Hibernate never issues an UPDATE for it, and no code deletes it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int MAX_STATE_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "acting_for_username")
    private String actingForUsername;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "state_before")
    private String stateBefore;

    @Column(name = "state_after")
    private String stateAfter;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actorUsername, String actorName, String actingForUsername, String action,
               String entityType, String entityId, UnitId unitId, String stateBefore, String stateAfter) {
        this.occurredAt = occurredAt;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.actingForUsername = actingForUsername;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.unitId = unitId == null ? null : unitId.value();
        this.stateBefore = clip(stateBefore);
        this.stateAfter = clip(stateAfter);
    }

    private static String clip(String state) {
        return state == null || state.length() <= MAX_STATE_LENGTH ? state : state.substring(0, MAX_STATE_LENGTH - 1) + "…";
    }

    AuditEntryView view() {
        return new AuditEntryView(id, occurredAt, actorUsername, actorName, actingForUsername, action, entityType,
                entityId, UnitId.ofNullable(unitId), stateBefore, stateAfter);
    }
}
