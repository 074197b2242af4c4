package vn.boardflow.report.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportFormRepository extends JpaRepository<ReportForm, Long> {

    List<ReportForm> findByIssuingBodyIdInOrderByIdAsc(Collection<Long> issuingBodyIds);

    /** The forms the unit reports on: a city's board on its province's. */
    @Query("select f from ReportForm f join f.reportingUnits u where u = :unitId order by f.id")
    List<ReportForm> reportedOnBy(long unitId);
}
