package vn.boardflow.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportStepRepository extends JpaRepository<ReportStep, Long> {

    List<ReportStep> findByReportIdOrderByIdAsc(long reportId);
}
