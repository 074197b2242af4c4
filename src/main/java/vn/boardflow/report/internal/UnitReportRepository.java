package vn.boardflow.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportStatus;

interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    /** The reports sent and not sent back, the ones whose figures count. */
    List<ReportStatus> COUNTED = List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    @Query("""
            select r.unitId from UnitReport r
            where r.formId = :form and r.periodType = :type and r.periodYear = :year and r.periodNumber = :number
            """)
    List<Long> unitsWithReport(long form, PeriodType type, int year, int number);

    @Query("""
            select r from UnitReport r
            where r.formId = :form and r.periodType = :type and r.periodYear = :year and r.periodNumber = :number
            """)
    List<UnitReport> ofPeriod(long form, PeriodType type, int year, int number);

    @Query("""
            select r from UnitReport r
            where r.unitId in :units
            order by r.periodYear desc, r.periodNumber desc, r.formId, r.unitId
            """)
    List<UnitReport> ofUnits(Collection<Long> units, Limit limit);

    /** Each unit's sums per field over its accepted reports of the year up to and with the given period. */
    @Query("""
            select new vn.boardflow.report.internal.UnitFieldTotal(r.unitId, key(v), sum(v))
            from UnitReport r join r.content.figures v
            where r.formId = :form and r.periodType = :type and r.periodYear = :year and r.periodNumber <= :number
              and r.status = vn.boardflow.report.ReportStatus.ACCEPTED
            group by r.unitId, key(v)
            """)
    List<UnitFieldTotal> acceptedThrough(long form, PeriodType type, int year, int number);

    /** Each field's sum over the unit's counted reports of the year before the given period. */
    @Query("""
            select new vn.boardflow.report.internal.FieldTotal(key(v), sum(v), min(v), max(v), count(v))
            from UnitReport r join r.content.figures v
            where r.formId = :form and r.unitId = :unit and r.periodType = :type and r.periodYear = :year
              and r.periodNumber < :number and r.status in :counted
            group by key(v)
            """)
    List<FieldTotal> yearBefore(long form, long unit, PeriodType type, int year, int number,
                                Collection<ReportStatus> counted);

    /** Each field's smallest and largest value over the unit's counted reports before the given period. */
    @Query("""
            select new vn.boardflow.report.internal.FieldTotal(key(v), sum(v), min(v), max(v), count(v))
            from UnitReport r join r.content.figures v
            where r.formId = :form and r.unitId = :unit and r.periodType = :type
              and (r.periodYear < :year or (r.periodYear = :year and r.periodNumber < :number))
              and r.status in :counted
            group by key(v)
            """)
    List<FieldTotal> historyBefore(long form, long unit, PeriodType type, int year, int number,
                                   Collection<ReportStatus> counted);

    /** The unit's latest counted report before the given period, whose levels a new one is compared with. */
    @Query("""
            select r from UnitReport r
            where r.formId = :form and r.unitId = :unit and r.periodType = :type
              and (r.periodYear < :year or (r.periodYear = :year and r.periodNumber < :number))
              and r.status in :counted
            order by r.periodYear desc, r.periodNumber desc
            """)
    List<UnitReport> latestBefore(long form, long unit, PeriodType type, int year, int number,
                                  Collection<ReportStatus> counted, Limit limit);

    @Query("""
            select max(r.periodYear) from UnitReport r
            where r.formId = :form and r.status = vn.boardflow.report.ReportStatus.ACCEPTED
            """)
    Integer latestAcceptedYear(long form);

    /** The units' reports not sent yet, of the given year and after. */
    @Query("""
            select r from UnitReport r
            where r.unitId in :units and r.status in :writing and r.periodYear >= :since
            """)
    List<UnitReport> unsentOfUnits(Collection<Long> units, Collection<ReportStatus> writing, int since);

    /** The forms' reports not sent yet, of the given year and after. */
    @Query("""
            select r from UnitReport r
            where r.formId in :forms and r.status in :writing and r.periodYear >= :since
            """)
    List<UnitReport> unsentOfForms(Collection<Long> forms, Collection<ReportStatus> writing, int since);

    /** Every accepted figure of the units' reports of the year, for the dashboard. */
    @Query("""
            select new vn.boardflow.report.internal.UnitPeriodValue(r.unitId, r.periodNumber, key(v), v)
            from UnitReport r join r.content.figures v
            where r.formId = :form and r.periodType = :type and r.periodYear = :year and r.unitId in :units
              and r.status = vn.boardflow.report.ReportStatus.ACCEPTED
            """)
    List<UnitPeriodValue> acceptedValues(long form, PeriodType type, int year, Collection<Long> units);

    /** Where each of the units' reports of the year stands, for completeness and timeliness. */
    @Query("""
            select new vn.boardflow.report.internal.UnitPeriodState(r.unitId, r.periodNumber, r.status, r.sending.onTime)
            from UnitReport r
            where r.formId = :form and r.periodType = :type and r.periodYear = :year and r.unitId in :units
            """)
    List<UnitPeriodState> states(long form, PeriodType type, int year, Collection<Long> units);

    /** How many of each form's reports of the period stand in each state, sent on time or not. */
    @Query("""
            select new vn.boardflow.report.internal.FormStateCount(r.formId, r.status, r.sending.onTime, count(r))
            from UnitReport r
            where r.formId in :forms and r.periodType = :type and r.periodYear = :year and r.periodNumber = :number
            group by r.formId, r.status, r.sending.onTime
            """)
    List<FormStateCount> stateCounts(Collection<Long> forms, PeriodType type, int year, int number);

    default Optional<UnitReport> latestCountedBefore(UnitReport report) {
        var period = report.period();
        return latestBefore(report.formId().value(), report.unitId().value(), period.type(), period.year(),
                period.number(), COUNTED, Limit.of(1)).stream().findFirst();
    }
}
