package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.boardflow.fund.SpendingNorm;
import vn.boardflow.fund.SpendingNorms.NewNorm;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.ValidSpan;

/** A spending norm as the database keeps it; only the last day it applies ever changes. */
@Entity
@Table(name = "spending_norm")
class SpendingNormRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_unit_id", updatable = false)
    private Long provinceUnitId;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SpendingNorm.Basis basis;

    @Column(name = "max_amount", nullable = false, updatable = false)
    private long maxAmount;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Embedded
    private ValidSpan span;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SpendingNormRecord() {
    }

    SpendingNormRecord(NewNorm norm, String by, Instant at) {
        this.provinceUnitId = norm.provinceUnitId() == null ? null : norm.provinceUnitId().value();
        this.itemCode = norm.itemCode();
        this.name = norm.name();
        this.basis = norm.basis();
        this.maxAmount = norm.maxAmount().dong();
        this.legalBasis = norm.legalBasis();
        this.span = new ValidSpan(norm.validFrom());
        this.createdBy = by;
        this.createdAt = at;
    }

    void closeOn(LocalDate lastDay) {
        span.closeOn(lastDay, "norm.error.closeBeforeStart");
    }

    /** Whether the two rows would both apply to one voucher of the item on some day. */
    boolean overlaps(UnitId province, String code, LocalDate from) {
        boolean sameScope = province == null ? provinceUnitId == null
                : provinceUnitId != null && provinceUnitId == province.value();
        return sameScope && itemCode.equals(code) && span.overlapsFrom(from);
    }

    UnitId provinceUnitId() {
        return provinceUnitId == null ? null : UnitId.of(provinceUnitId);
    }

    SpendingNorm view(String provinceName) {
        return new SpendingNorm(id, provinceUnitId(), provinceName, itemCode, name, basis, Money.of(maxAmount),
                legalBasis, span.validFrom(), span.validTo());
    }
}
