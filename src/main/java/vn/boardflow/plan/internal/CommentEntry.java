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
import vn.boardflow.shared.RuleViolation;

/** One message in a plan's comment thread ("Ý kiến"), with the stage the plan was at. */
@Entity
@Immutable
@Table(name = "plan_comment")
class CommentEntry {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus stage;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CommentEntry() {
    }

    CommentEntry(long planId, String author, PlanStatus stage, String body, Instant writtenAt) {
        if (body == null || body.isBlank()) {
            throw new RuleViolation("plan.error.commentRequired");
        }
        if (body.strip().length() > MAX_LENGTH) {
            throw new RuleViolation("plan.error.commentTooLong", MAX_LENGTH);
        }
        this.planId = planId;
        this.author = author;
        this.stage = stage;
        this.body = body.strip();
        this.writtenAt = writtenAt;
    }

    Long id() {
        return id;
    }

    String author() {
        return author;
    }

    PlanStatus stage() {
        return stage;
    }

    String body() {
        return body;
    }

    Instant writtenAt() {
        return writtenAt;
    }
}
