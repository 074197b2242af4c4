package vn.boardflow.drafting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftRoute;

/** A body's own route for one type of its documents, where it differs from the standard one. */
@Entity
@Table(name = "draft_route")
class DraftRouteSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "review_steps", nullable = false)
    private int reviewSteps;

    @Column(name = "leader_signs", nullable = false)
    private boolean leaderSigns;

    protected DraftRouteSetting() {
    }

    DraftRouteSetting(IssuingBodyId issuingBodyId, DocumentType type, DraftRoute route) {
        this.issuingBodyId = issuingBodyId.value();
        this.type = type;
        change(route);
    }

    void change(DraftRoute route) {
        DraftRoute checked = route.checkedFor(type);
        this.reviewSteps = checked.reviewSteps();
        this.leaderSigns = checked.leaderSigns();
    }

    DocumentType type() {
        return type;
    }

    DraftRoute route() {
        return new DraftRoute(reviewSteps, leaderSigns);
    }
}
