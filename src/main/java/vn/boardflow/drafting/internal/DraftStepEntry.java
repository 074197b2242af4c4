package vn.boardflow.drafting.internal;

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
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftStatus;

/** One step of a draft's route as it was taken; never changed afterwards. */
@Entity
@Immutable
@Table(name = "draft_step")
class DraftStepEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String actor;

    @Column(name = "acting_for")
    private String actingFor;

    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    private DraftStatus statusAfter;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected DraftStepEntry() {
    }

    DraftStepEntry(DraftStepTaken step, String actor, Instant at) {
        this.draftId = step.draftId().value();
        this.action = step.step().action();
        this.revision = step.revision();
        this.actor = actor;
        this.actingFor = step.actingFor();
        this.comment = step.commented() ? step.comment().strip() : null;
        this.statusAfter = step.after();
        this.occurredAt = at;
    }

    String action() {
        return action;
    }

    int revision() {
        return revision;
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

    DraftStatus statusAfter() {
        return statusAfter;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
