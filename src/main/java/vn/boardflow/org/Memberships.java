package vn.boardflow.org;

import java.time.LocalDate;
import java.util.List;

/** Who holds which role in which unit, and from when to when. */
public interface Memberships {

    long grant(GrantRole command);

    /** Ends the membership on {@code lastDay} (included); the record stays as history. */
    void end(long membershipId, LocalDate lastDay);

    /** Deletes a membership entered by mistake. */
    void remove(long membershipId);

    List<MembershipView> of(long userId);

    List<RoleInUnit> activeRoles(long userId, LocalDate date);

    record GrantRole(long userId, UnitId unitId, Role role, LocalDate validFrom, LocalDate validTo) {
    }

    record MembershipView(long id, long userId, UnitId unitId, String unitName, Role role, LocalDate validFrom,
                          LocalDate validTo, boolean activeToday) {
    }
}
