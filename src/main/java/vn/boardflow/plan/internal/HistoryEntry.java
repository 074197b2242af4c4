package vn.boardflow.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.plan.PlanStatus;

/** One step in a plan's history: created, submitted, returned, approved, signed, issued, cancelled. */
@Entity
@Immutable
@Table(name = "plan_event")
class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String actor;

    @Column(name = "acting_for")
    private String actingFor;

    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    private PlanStatus statusAfter;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected HistoryEntry() {
    }

    HistoryEntry(long planId, String action, String actor, String actingFor, String comment, PlanStatus statusAfter,
                 Instant occurredAt) {
        this.planId = planId;
        this.action = action;
        this.actor = actor;
        this.actingFor = actingFor;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.statusAfter = statusAfter;
        this.occurredAt = occurredAt;
    }

    String action() {
        return action;
    }

    String actor() {
        return actor;
    }

    String actingFor() {
        return actingFor;
    }

    String comment() {
        return comment;
    }

    PlanStatus statusAfter() {
        return statusAfter;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
