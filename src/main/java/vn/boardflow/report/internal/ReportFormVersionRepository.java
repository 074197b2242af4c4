package vn.boardflow.report.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportFormVersionRepository extends JpaRepository<ReportFormVersion, Long> {

    Optional<ReportFormVersion> findByFormIdAndNumber(long formId, int number);
}
