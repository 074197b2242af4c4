package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReportEvents.ReportPeriodOpened;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.internal.ReportStep.Action;
import vn.boardflow.shared.RuleViolation;

/**
 * Opens a period's reports for a form's units on its current version, whoever asks: the period's timer or the
 * secretariat by hand. A unit that has its report keeps it, so opening twice opens nothing more.
 */
@Component
class ReportOpening {

    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final ReportStepRepository steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportOpening(UnitReportRepository reports, ReportRecords records, ReportStepRepository steps,
                  ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.records = records;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    int open(ReportForm form, ReportPeriod period, String by) {
        ReportFormVersion version = records.currentVersion(form);
        if (version.schedule().periodType() != period.type()) {
            throw new RuleViolation("report.error.wrongPeriodType");
        }
        Set<Long> opened = new HashSet<>(reports.unitsWithReport(form.formId().value(), period.type(), period.year(),
                period.number()));
        int count = 0;
        for (UnitId unit : form.reportingUnits()) {
            if (opened.add(unit.value())) {
                UnitReport report = reports.save(new UnitReport(form.formId(), version.id(), unit, period,
                        clock.instant()));
                steps.save(new ReportStep(report.reportId(), Action.OPENED, ReportStatus.OPEN, ReportStatus.OPEN, by,
                        clock.instant(), null));
                count++;
            }
        }
        if (count > 0) {
            events.publishEvent(new ReportPeriodOpened(form.formId(), form.acceptingUnit(), period, count));
        }
        return count;
    }
}
