package vn.boardflow.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReceivedReports;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.report.UnitReports.Finding;
import vn.boardflow.report.UnitReports.ReportEntry;
import vn.boardflow.report.internal.ReportStep.Action;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class ReceivedReportService implements ReceivedReports {

    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final ReportAccess access;
    private final UnitReportViews views;
    private final ReportTrail trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReceivedReportService(UnitReportRepository reports, ReportRecords records, ReportAccess access,
                          UnitReportViews views, ReportTrail trail, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.records = records;
        this.access = access;
        this.views = views;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public UnitReportId record(ReportFormId formId, ReportPeriod period, UnitId unitId, ReportEntry entry,
                               LocalDate receivedOn) {
        ReportForm form = records.form(formId);
        access.requireAccepts(form);
        if (!form.reports(unitId)) {
            throw new RuleViolation("report.error.unitNotReporting");
        }
        LocalDate today = LocalDate.now(clock);
        if (!period.end().isBefore(today)) {
            throw new RuleViolation("report.error.periodNotOver", period.label());
        }
        if (receivedOn == null || receivedOn.isBefore(period.start()) || receivedOn.isAfter(today)) {
            throw new RuleViolation("report.error.receivedOn", VietnameseDates.format(period.start()),
                    VietnameseDates.format(today));
        }
        List<UnitReport> ofPeriod = reports.ofPeriod(formId.value(), period.type(), period.year(), period.number());
        ReportFormVersion version = ofPeriod.isEmpty() ? records.currentVersion(form)
                : records.versionOf(ofPeriod.getFirst());
        if (version.schedule().periodType() != period.type()) {
            throw new RuleViolation("report.error.wrongPeriodType");
        }
        String me = currentUser.actor().username();
        UnitReport report = ofPeriod.stream().filter(found -> found.unitId().equals(unitId)).findFirst()
                .orElseGet(() -> {
                    UnitReport opened = reports.save(new UnitReport(formId, version.id(), unitId, period,
                            clock.instant()));
                    trail.opened(opened, me);
                    return opened;
                });
        ReportEntry kept = UnitReportService.onForm(entry, version);
        List<Finding> missing = views.figures(form, version, report).findings(kept, true).stream()
                .filter(Finding::blocking).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("report.error.notReady", missing.size());
        }
        ReportStatus before = report.status();
        report.received(kept, version.schedule().onTime(period, receivedOn),
                receivedOn.atStartOfDay(VietnameseDates.ZONE).toInstant(), me, clock.instant());
        trail.took(report, Action.RECORDED, before, me, null);
        reports.flush();
        return report.reportId();
    }
}
