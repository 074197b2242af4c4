package vn.boardflow.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.boardflow.org.Organisation;
import vn.boardflow.plan.IssuedTargets;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReports.Deadlines;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.report.UnitReports.UnitReportView;

/** A report as its screens show it: its figures worked out against the unit's past and its targets. */
@Component
class UnitReportViews {

    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final ReportAccess access;
    private final ReportTrail trail;
    private final IssuedTargets targets;
    private final Organisation organisation;
    private final Clock clock;

    UnitReportViews(UnitReportRepository reports, ReportRecords records, ReportAccess access, ReportTrail trail,
                    IssuedTargets targets, Organisation organisation, Clock clock) {
        this.reports = reports;
        this.records = records;
        this.access = access;
        this.trail = trail;
        this.targets = targets;
        this.organisation = organisation;
        this.clock = clock;
    }

    UnitReportView of(UnitReport report) {
        ReportForm form = records.form(report.formId());
        ReportFormVersion version = records.versionOf(report);
        ReportSchedule schedule = version.schedule();
        ReportPeriod period = report.period();
        boolean pastLockDate = pastLockDate(schedule, period);
        ReportFigures figures = figures(form, version, report);
        List<FormField> sections = version.fields().stream().filter(field -> !field.numeric()).toList();
        boolean accepts = access.accepts(form);
        return new UnitReportView(report.reportId(), form.formId(), form.name(), version.number(), report.unitId(),
                organisation.today().nameOf(report.unitId()), period, report.status(), late(report, schedule),
                deadlines(schedule, period),
                report.lockedOn(pastLockDate), figures.of(report.entry()), sections, report.entry(),
                report.status().beingWritten() ? figures.findings(report.entry(), true) : List.of(),
                report.submittedAt(), report.submittedBy(), report.onTime(), report.returnComment(),
                report.reopened(), trail.of(report), report.writable(pastLockDate) && access.reportsFor(report.unitId()),
                accepts, accepts && report.status() == ReportStatus.SUBMITTED,
                accepts && report.reopenable(pastLockDate), report.version());
    }

    UnitReportSummary summary(UnitReport report, ReportForm form, ReportSchedule schedule) {
        ReportPeriod period = report.period();
        return new UnitReportSummary(report.reportId(), form.name(), report.unitId(),
                organisation.today().nameOf(report.unitId()), period, report.status(), schedule.dueOn(period),
                late(report, schedule), report.submittedAt(), report.reopened());
    }

    private boolean late(UnitReport report, ReportSchedule schedule) {
        return report.late(schedule, LocalDate.now(clock));
    }

    /** What a report's figures are measured against: the unit's year so far, its history and its targets. */
    ReportFigures figures(ReportForm form, ReportFormVersion version, UnitReport report) {
        ReportPeriod period = report.period();
        long formId = form.formId().value();
        long unitId = report.unitId().value();
        Map<String, FieldTotal> yearBefore = byKey(reports.yearBefore(formId, unitId, period.type(), period.year(),
                period.number(), UnitReportRepository.COUNTED));
        Map<String, FieldTotal> history = byKey(reports.historyBefore(formId, unitId, period.type(), period.year(),
                period.number(), UnitReportRepository.COUNTED));
        Map<String, Long> previous = reports.latestCountedBefore(report).map(UnitReport::figures).orElse(Map.of());
        return new ReportFigures(version.fields(), yearBefore, history, previous,
                PlanTargets.ofUnit(version.fields(), targets.of(form.issuingBodyId(), period.year()).orElse(null),
                        report.unitId()));
    }

    boolean pastLockDate(ReportSchedule schedule, ReportPeriod period) {
        return schedule.locked(period, LocalDate.now(clock));
    }

    private static Deadlines deadlines(ReportSchedule schedule, ReportPeriod period) {
        return new Deadlines(schedule.dueOn(period), schedule.onTimeUntil(period), schedule.locksOn(period));
    }

    private static Map<String, FieldTotal> byKey(List<FieldTotal> totals) {
        return totals.stream().collect(Collectors.toMap(FieldTotal::fieldKey, Function.identity()));
    }
}
