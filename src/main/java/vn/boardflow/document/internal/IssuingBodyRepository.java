package vn.boardflow.document.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

    Optional<IssuingBody> findByUnitId(long unitId);
}
