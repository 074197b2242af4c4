package vn.boardflow.report.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boardflow.report.PeriodType;

interface PeriodConsolidationRepository extends JpaRepository<PeriodConsolidation, Long> {

    Optional<PeriodConsolidation> findByFormIdAndPeriodTypeAndPeriodYearAndPeriodNumber(long formId, PeriodType type,
                                                                                         int year, int number);
}
