package vn.boardflow.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.LateReports;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReports.UnitReportSummary;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class LateReportService implements LateReports {

    private static final List<ReportStatus> BEING_WRITTEN = List.of(ReportStatus.OPEN, ReportStatus.DRAFT,
            ReportStatus.RETURNED);

    private final UnitReportRepository reports;
    private final ReportFormRepository forms;
    private final ReportRecords records;
    private final IssuingBodies bodies;
    private final ReportAccess access;
    private final UnitReportViews views;
    private final Clock clock;

    LateReportService(UnitReportRepository reports, ReportFormRepository forms, ReportRecords records,
                      IssuingBodies bodies, ReportAccess access, UnitReportViews views, Clock clock) {
        this.reports = reports;
        this.forms = forms;
        this.records = records;
        this.bodies = bodies;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public List<UnitReportSummary> mine(int limit) {
        int since = LocalDate.now(clock).getYear() - 1;
        Map<Long, UnitReport> candidates = new LinkedHashMap<>();
        Set<UnitId> own = access.ownReportingUnits();
        if (!own.isEmpty()) {
            reports.unsentOfUnits(UnitId.valuesOf(own), BEING_WRITTEN, since)
                    .forEach(report -> candidates.put(report.reportId().value(), report));
        }
        List<Long> accepted = forms.findByIssuingBodyIdInOrderByIdAsc(bodies.reachable().stream()
                        .map(body -> body.id().value()).toList()).stream()
                .filter(access::accepts).map(form -> form.formId().value()).toList();
        if (!accepted.isEmpty()) {
            reports.unsentOfForms(accepted, BEING_WRITTEN, since)
                    .forEach(report -> candidates.putIfAbsent(report.reportId().value(), report));
        }
        Map<Long, ReportForm> formsById = new HashMap<>();
        Map<Long, ReportSchedule> schedules = new HashMap<>();
        List<UnitReportSummary> late = new ArrayList<>();
        for (UnitReport report : candidates.values()) {
            UnitReportSummary summary = views.summary(report,
                    formsById.computeIfAbsent(report.formId().value(), id -> records.form(report.formId())),
                    schedules.computeIfAbsent(report.formVersionId(), id -> records.versionOf(report).schedule()));
            if (summary.late()) {
                late.add(summary);
            }
        }
        return late.stream().sorted(Comparator.comparing(UnitReportSummary::dueOn)
                .thenComparing(UnitReportSummary::unitName)).limit(limit).toList();
    }
}
