package vn.boardflow.document.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

    Optional<IssuingBody> findByUnitId(long unitId);

    @Query("""
            select new vn.boardflow.document.internal.NumberingSettings(b.id, b.unitId, b.profile, b.abbreviation, b.scheme)
            from IssuingBody b where b.id = :id""")
    Optional<NumberingSettings> numberingSettings(long id);
}
