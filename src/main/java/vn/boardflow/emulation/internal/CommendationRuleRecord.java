package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.CommendationRule.Category;
import vn.boardflow.emulation.CommendationRule.CouncilThreshold;
import vn.boardflow.emulation.CommendationRules.NewRule;
import vn.boardflow.emulation.Nominee;
import vn.boardflow.shared.ValidSpan;

/** A commendation rule as the database keeps it; only the last day it applies ever changes. */
@Entity
@Table(name = "commendation_rule")
class CommendationRuleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Nominee nominee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Category category;

    @Column(nullable = false, updatable = false)
    private int precedence;

    @Column(name = "requires_code", updatable = false)
    private String requiresCode;

    @Column(name = "ratio_cap_percent", updatable = false)
    private Integer ratioCapPercent;

    @Column(name = "member_title_code", updatable = false)
    private String memberTitleCode;

    @Column(name = "member_share_percent", updatable = false)
    private Integer memberSharePercent;

    @Column(name = "no_discipline", nullable = false, updatable = false)
    private boolean noDiscipline;

    @Column(name = "council_percent", nullable = false, updatable = false)
    private int councilPercent;

    @Column(name = "council_above", nullable = false, updatable = false)
    private boolean councilAbove;

    @Column(name = "prize_coefficient", nullable = false, updatable = false)
    private BigDecimal prizeCoefficient;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Embedded
    private ValidSpan span;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CommendationRuleRecord() {
    }

    CommendationRuleRecord(NewRule rule, String by, Instant at) {
        this.code = rule.code();
        this.name = rule.name();
        this.nominee = rule.nominee();
        this.category = rule.category();
        this.precedence = rule.precedence();
        this.requiresCode = rule.requiresCode();
        this.ratioCapPercent = rule.ratioCapPercent();
        this.memberTitleCode = rule.memberTitleCode();
        this.memberSharePercent = rule.memberSharePercent();
        this.noDiscipline = rule.noDiscipline();
        this.councilPercent = rule.threshold().percent();
        this.councilAbove = rule.threshold().above();
        this.prizeCoefficient = rule.prizeCoefficient();
        this.legalBasis = rule.legalBasis();
        this.span = new ValidSpan(rule.validFrom());
        this.createdBy = by;
        this.createdAt = at;
    }

    void closeOn(LocalDate lastDay) {
        span.closeOn(lastDay, "commendation.rule.error.closeBeforeStart");
    }

    boolean overlaps(String otherCode, LocalDate from) {
        return code.equals(otherCode) && span.overlapsFrom(from);
    }

    CommendationRule view() {
        return new CommendationRule(id, code, name, nominee, category, precedence, requiresCode, ratioCapPercent,
                memberTitleCode, memberSharePercent, noDiscipline, new CouncilThreshold(councilPercent, councilAbove),
                prizeCoefficient, legalBasis, span.validFrom(), span.validTo());
    }
}
