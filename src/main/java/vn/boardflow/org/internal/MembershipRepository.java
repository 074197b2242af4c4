package vn.boardflow.org.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.org.Role;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByUserIdOrderByValidFromDesc(long userId);

    List<Membership> findByUserIdAndUnitIdAndRole(long userId, long unitId, Role role);

    @Query("""
            select m from Membership m
            where m.userId = :userId and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)
            """)
    List<Membership> findActive(long userId, LocalDate date);

    @Query("""
            select m from Membership m
            where m.userId in :userIds and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)
            """)
    List<Membership> findActive(Collection<Long> userIds, LocalDate date);
}
