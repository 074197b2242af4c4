package vn.boardflow.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** A user holds a role in a unit from one date to another, both days included. */
@Entity
@Table(name = "membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Membership() {
    }

    Membership(long userId, UnitId unitId, Role role, LocalDate validFrom, LocalDate validTo) {
        if (role == null) {
            throw new RuleViolation("membership.error.roleRequired");
        }
        if (validFrom == null) {
            throw new RuleViolation("membership.error.fromRequired");
        }
        checkPeriod(validFrom, validTo);
        this.userId = userId;
        this.unitId = unitId.value();
        this.role = role;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    void endOn(LocalDate lastDay) {
        checkPeriod(validFrom, lastDay);
        this.validTo = lastDay;
    }

    boolean isActiveOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new RuleViolation("membership.error.endBeforeStart");
        }
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    Role role() {
        return role;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    /** The membership as the audit log records it, before and after a change. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new HashMap<>();
        state.put("userId", userId);
        state.put("unitId", unitId);
        state.put("role", role.name());
        state.put("validFrom", validFrom.toString());
        state.put("validTo", validTo == null ? null : validTo.toString());
        return state;
    }
}
