package vn.boardflow.report.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportFormRepository extends JpaRepository<ReportForm, Long> {

    List<ReportForm> findByIssuingBodyIdInOrderByIdAsc(Collection<Long> issuingBodyIds);
}
