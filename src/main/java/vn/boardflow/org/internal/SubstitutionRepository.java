package vn.boardflow.org.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    List<Substitution> findByUserIdOrderByValidFromDesc(long userId);

    List<Substitution> findBySubstituteIdOrderByValidFromDesc(long substituteId);

    @Query("""
            select s from Substitution s
            where s.substituteId = :substituteId and s.validFrom <= :date and s.validTo >= :date
            """)
    List<Substitution> findActiveFor(long substituteId, LocalDate date);
}
