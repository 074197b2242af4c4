package vn.boardflow.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.boardflow.org.UnitChange;
import vn.boardflow.org.UnitId;

/**
 * What a unit was called and where it sat from {@code validFrom} until the day before {@code validTo}.
 * Versions are never rewritten except to close them, so history keeps the old names and parents.
 */
@Entity
@Table(name = "unit_version")
class UnitVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Exclusive: the day the next version (or the closure) takes effect. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    private String abbreviation;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_reason", nullable = false)
    private UnitChange changeReason;

    protected UnitVersion() {
    }

    UnitVersion(Unit unit, LocalDate validFrom, UnitNames names, UnitId parentId, UnitChange changeReason) {
        this.unit = unit;
        this.validFrom = validFrom;
        this.name = names.name();
        this.shortName = names.shortName();
        this.abbreviation = names.abbreviation();
        this.parentId = UnitId.valueOf(parentId);
        this.changeReason = changeReason;
    }

    boolean covers(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || date.isBefore(validTo));
    }

    void endOn(LocalDate date) {
        this.validTo = date;
    }

    UnitNames names() {
        return new UnitNames(name, shortName, abbreviation);
    }

    Long id() {
        return id;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    UnitId parentId() {
        return UnitId.ofNullable(parentId);
    }

    UnitChange changeReason() {
        return changeReason;
    }
}
