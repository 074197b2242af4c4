package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.CriterionKind;
import vn.boardflow.emulation.ScoreSource;

/** A criterion as its agreement keeps it. */
@Embeddable
class CriterionRow {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScoreSource source;

    @Column(name = "max_score", nullable = false)
    private BigDecimal maxScore;

    @Column(nullable = false)
    private BigDecimal weight;

    protected CriterionRow() {
    }

    CriterionRow(AgreementCriterion criterion) {
        this.code = criterion.code();
        this.title = criterion.title();
        this.kind = criterion.kind();
        this.source = criterion.source();
        this.maxScore = criterion.maxScore();
        this.weight = criterion.weight();
    }

    AgreementCriterion view() {
        return new AgreementCriterion(code, title, kind, source, maxScore, weight);
    }
}
