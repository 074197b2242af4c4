package vn.boardflow.inspection.checklist.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.shared.StoredJson;

/** One revision of a checklist; its content never changes, a change is a new revision. */
@Entity
@Table(name = "checklist_template")
class ChecklistTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "content_json", nullable = false, updatable = false)
    private String contentJson;

    @Column(nullable = false)
    private boolean active;

    /** The body whose checklist this is, or {@code null} for one that comes with the system. */
    @Column(name = "issuing_body_id", updatable = false)
    private Long issuingBodyId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ChecklistTemplate() {
    }

    ChecklistTemplate(IssuingBodyId issuingBodyId, Checklist checklist, int revision, Instant createdAt, String createdBy) {
        this.issuingBodyId = issuingBodyId == null ? null : issuingBodyId.value();
        this.name = checklist.name();
        this.revision = revision;
        this.contentJson = StoredJson.write(checklist);
        this.active = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    int revision() {
        return revision;
    }

    IssuingBodyId issuingBodyId() {
        return issuingBodyId == null ? null : IssuingBodyId.of(issuingBodyId);
    }

    /** Whether a round of the body may be opened with it: the body's own, or one that comes with the system. */
    boolean availableTo(IssuingBodyId issuingBodyId) {
        return this.issuingBodyId == null || this.issuingBodyId == issuingBodyId.value();
    }

    Checklist checklist() {
        return StoredJson.read(contentJson, Checklist.class);
    }

    /** No longer offered for new rounds. */
    void retire() {
        this.active = false;
    }

    TemplateView view() {
        return new TemplateView(id, revision, checklist(), active, issuingBodyId(), createdAt, createdBy);
    }
}
