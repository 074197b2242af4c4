package vn.boardflow.org.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.UnitChange;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

/**
 * A unit of the organisation and its history. Every change takes effect on a date and opens a new
 * version, so the tree can be read as it stood on any day.
 */
@Entity
@Table(name = "unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitType type;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<UnitVersion> versions = new ArrayList<>();

    protected Unit() {
    }

    Unit(UnitType type, UnitNames names, UnitId parentId, LocalDate effectiveFrom, Instant now) {
        if (type == null) {
            throw new RuleViolation("unit.error.typeRequired");
        }
        requireDate(effectiveFrom);
        this.type = type;
        this.modifiedAt = now;
        versions.add(new UnitVersion(this, effectiveFrom, names, parentId, UnitChange.CREATED));
    }

    void rename(UnitNames names, LocalDate effectiveFrom, Instant now) {
        UnitVersion latest = openLatest(effectiveFrom);
        if (latest.names().equals(names)) {
            throw new RuleViolation("unit.error.nothingChanged");
        }
        startVersion(latest, effectiveFrom, names, latest.parentId(), UnitChange.RENAMED, now);
    }

    void moveTo(UnitId newParentId, LocalDate effectiveFrom, Instant now) {
        UnitVersion latest = openLatest(effectiveFrom);
        if (Objects.equals(latest.parentId(), newParentId)) {
            throw new RuleViolation("unit.error.nothingChanged");
        }
        startVersion(latest, effectiveFrom, latest.names(), newParentId, UnitChange.MOVED, now);
    }

    void close(LocalDate effectiveFrom, Instant now) {
        openLatest(effectiveFrom).endOn(effectiveFrom);
        this.closedOn = effectiveFrom;
        this.modifiedAt = now;
    }

    void mergeInto(UnitId targetId, LocalDate effectiveFrom, Instant now) {
        if (id != null && targetId.value() == id) {
            throw new RuleViolation("unit.error.mergeIntoItself");
        }
        close(effectiveFrom, now);
        this.mergedIntoId = targetId.value();
    }

    private void startVersion(UnitVersion latest, LocalDate from, UnitNames names, UnitId parentId,
                              UnitChange reason, Instant now) {
        latest.endOn(from);
        versions.add(new UnitVersion(this, from, names, parentId, reason));
        this.modifiedAt = now;
    }

    /** The version a change will follow; a change may not reach back before it, nor touch a closed unit. */
    private UnitVersion openLatest(LocalDate effectiveFrom) {
        requireDate(effectiveFrom);
        if (closedOn != null) {
            throw new RuleViolation("unit.error.closed");
        }
        UnitVersion latest = versions.getLast();
        if (!effectiveFrom.isAfter(latest.validFrom())) {
            throw new RuleViolation("unit.error.effectiveBeforeLatest", VietnameseDates.format(latest.validFrom()));
        }
        return latest;
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new RuleViolation("unit.error.effectiveDateRequired");
        }
    }

    /** The unit as it stood on the date, or, for a unit closed by then, as it last stood. */
    Optional<OrgUnit> on(LocalDate date, boolean includeClosed) {
        Optional<UnitVersion> version = versions.stream().filter(v -> v.covers(date)).findFirst();
        if (version.isEmpty() && includeClosed && closedOn != null && !date.isBefore(closedOn)) {
            version = Optional.of(versions.getLast());
        }
        return version.map(this::view);
    }

    private OrgUnit view(UnitVersion v) {
        UnitNames names = v.names();
        return new OrgUnit(UnitId.of(id), type, names.name(), names.shortName(), names.abbreviation(), v.parentId(),
                v.validFrom(), openedOn(), closedOn, UnitId.ofNullable(mergedIntoId));
    }

    LocalDate openedOn() {
        return versions.getFirst().validFrom();
    }

    UnitId parentOn(LocalDate date) {
        return versions.stream().filter(v -> v.covers(date)).findFirst().map(UnitVersion::parentId).orElse(null);
    }

    boolean isOpenOn(LocalDate date) {
        return versions.stream().anyMatch(v -> v.covers(date));
    }

    List<UnitVersion> versions() {
        return List.copyOf(versions);
    }

    Long id() {
        return id;
    }

    UnitId unitId() {
        return UnitId.of(id);
    }

    UnitType type() {
        return type;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    long version() {
        return version;
    }
}
