package vn.boardflow.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.shared.StoredJson;

/** The plan as it was when submitted for the n-th time; never changed afterwards. */
@Entity
@Immutable
@Table(name = "plan_revision")
class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    protected PlanRevision() {
    }

    PlanRevision(long planId, int revision, String contentJson, Instant submittedAt, String submittedBy) {
        this.planId = planId;
        this.revision = revision;
        this.contentJson = contentJson;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    PlanContent content() {
        return StoredJson.read(contentJson, PlanContent.class);
    }
}
