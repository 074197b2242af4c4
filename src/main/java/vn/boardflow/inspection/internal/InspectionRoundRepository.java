package vn.boardflow.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boardflow.inspection.InspectionPeriod;

interface InspectionRoundRepository extends JpaRepository<InspectionRound, Long> {

    boolean existsByIssuingBodyIdAndYearAndPeriod(long issuingBodyId, int year, InspectionPeriod period);

    List<InspectionRound> findByIssuingBodyIdOrderByYearDescPeriodDesc(long issuingBodyId);
}
