package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.boardflow.emulation.BaseSalary;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.ValidSpan;

/** A base salary as the database keeps it; only the last day it applies ever changes. */
@Entity
@Table(name = "base_salary")
class BaseSalaryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Embedded
    private ValidSpan span;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BaseSalaryRecord() {
    }

    BaseSalaryRecord(Money amount, String legalBasis, LocalDate validFrom, String by, Instant at) {
        this.amount = amount.dong();
        this.legalBasis = legalBasis;
        this.span = new ValidSpan(validFrom);
        this.createdBy = by;
        this.createdAt = at;
    }

    void closeOn(LocalDate lastDay) {
        span.closeOn(lastDay, "commendation.rule.error.closeBeforeStart");
    }

    boolean overlapsFrom(LocalDate from) {
        return span.overlapsFrom(from);
    }

    BaseSalary view() {
        return new BaseSalary(id, Money.of(amount), legalBasis, span.validFrom(), span.validTo());
    }
}
