package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.org.Actor;

/**
 * What a dossier is and where it comes from, as its columns keep it: a settlement or an advance, the advance it
 * clears or the approved dossier it corrects, and who opened it when. None of it changes.
 */
@Embeddable
class DossierOrigin {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DossierKind kind;

    @Column(name = "advance_id", updatable = false)
    private Long advanceId;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DossierOrigin() {
    }

    static DossierOrigin opened(DossierKind kind, Actor by, Instant at) {
        DossierOrigin origin = new DossierOrigin();
        origin.kind = kind;
        origin.createdBy = by.username();
        origin.createdAt = at;
        return origin;
    }

    /** A settlement following {@code earlier}: clearing it when it is an advance, correcting it otherwise. */
    static DossierOrigin following(SettlementId earlier, DossierKind earlierKind, Actor by, Instant at) {
        DossierOrigin origin = opened(DossierKind.SETTLEMENT, by, at);
        if (earlierKind == DossierKind.ADVANCE) {
            origin.advanceId = earlier.value();
        } else {
            origin.correctsId = earlier.value();
        }
        return origin;
    }

    DossierKind kind() {
        return kind;
    }

    Optional<SettlementId> replaces() {
        return Optional.ofNullable(advanceId != null ? advanceId : correctsId).map(SettlementId::of);
    }
}
