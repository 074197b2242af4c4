package vn.boardflow.document.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.shared.RuleViolation;

interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

    Optional<IssuingBody> findByUnitId(long unitId);

    /** The body as features see it, or a clear refusal when there is none. */
    default IssuingBodyView view(IssuingBodyId id) {
        return findById(id.value()).map(IssuingBody::view).orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
    }

    @Query("""
            select new vn.boardflow.document.internal.NumberingSettings(b.id, b.unitId, b.profile, b.abbreviation, b.scheme)
            from IssuingBody b where b.id = :id""")
    Optional<NumberingSettings> numberingSettings(long id);
}
