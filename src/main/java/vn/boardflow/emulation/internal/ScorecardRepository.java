package vn.boardflow.emulation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

    List<Scorecard> findByAgreementIdOrderByIdAsc(long agreementId);

    Optional<Scorecard> findByAgreementIdAndUnitId(long agreementId, long unitId);
}
