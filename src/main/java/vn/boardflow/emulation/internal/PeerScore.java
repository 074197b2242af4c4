package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Another member's score of one criterion of a scorecard. */
@Embeddable
class PeerScore {

    @Column(nullable = false)
    private String criterion;

    @Column(name = "scorer_unit_id", nullable = false)
    private long scorerUnitId;

    @Column(nullable = false)
    private BigDecimal score;

    protected PeerScore() {
    }

    PeerScore(String criterion, long scorerUnitId, BigDecimal score) {
        this.criterion = criterion;
        this.scorerUnitId = scorerUnitId;
        this.score = score;
    }

    String criterion() {
        return criterion;
    }

    long scorerUnitId() {
        return scorerUnitId;
    }

    BigDecimal score() {
        return score;
    }

    boolean sameAs(String code, long scorer) {
        return criterion.equals(code) && scorerUnitId == scorer;
    }
}
