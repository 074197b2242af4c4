package vn.boardflow.org.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.org.Role;
import vn.boardflow.org.RoleInUnit;
import vn.boardflow.org.UnitId;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByUserIdOrderByValidFromDesc(long userId);

    List<Membership> findByUserIdAndUnitIdAndRole(long userId, long unitId, Role role);

    /** Ordered, so the same roles always come back as an equal list. */
    default List<RoleInUnit> rolesHeld(long userId, LocalDate date) {
        return rolesAndUnitsHeld(userId, date).stream()
                .map(held -> new RoleInUnit((Role) held[0], UnitId.of((Long) held[1]))).toList();
    }

    /** The role and the unit's column of each membership, without loading the memberships. */
    @Query("""
            select m.role, m.unitId from Membership m
            where m.userId = :userId and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)
            order by m.unitId, m.role
            """)
    List<Object[]> rolesAndUnitsHeld(long userId, LocalDate date);

    @Query("""
            select m from Membership m
            where m.userId in :userIds and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)
            """)
    List<Membership> findActive(Collection<Long> userIds, LocalDate date);

    @Query("""
            select distinct m.userId from Membership m
            where m.role = :role and m.unitId in :unitIds
              and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)
            """)
    List<Long> holders(Role role, Collection<Long> unitIds, LocalDate date);
}
