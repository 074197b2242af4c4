package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReportEvents.ReportPeriodOpened;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.Workflows;
import vn.boardflow.workflow.Workflows.StartCase;

/**
 * Opens a period's reports for a form's units on its current version, whoever asks: the period's timer or the
 * secretariat by hand. A unit that has its report keeps it, so opening twice opens nothing more.
 */
@Component
class ReportOpening {

    static final String SYSTEM = "system";

    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final ReportTrail trail;
    private final Workflows workflows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportOpening(UnitReportRepository reports, ReportRecords records, ReportTrail trail, Workflows workflows,
                  ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.records = records;
        this.trail = trail;
        this.workflows = workflows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the reports of the units that have none and starts the period's process for them.
     *
     * @param by the user opening the period by hand, or {@link #SYSTEM} for the period's timer
     */
    int open(ReportForm form, ReportPeriod period, String by) {
        ReportFormVersion version = records.currentVersion(form);
        if (version.schedule().periodType() != period.type()) {
            throw new RuleViolation("report.error.wrongPeriodType");
        }
        Set<Long> have = new HashSet<>(reports.unitsWithReport(form.formId().value(), period.type(), period.year(),
                period.number()));
        List<UnitReport> opened = new ArrayList<>();
        for (UnitId unit : form.reportingUnits()) {
            if (have.add(unit.value())) {
                UnitReport report = reports.save(new UnitReport(form.formId(), version.id(), unit, period,
                        clock.instant()));
                trail.opened(report, by);
                opened.add(report);
            }
        }
        if (opened.isEmpty()) {
            return 0;
        }
        reports.flush();
        String processInstanceId = start(form, period, opened, by);
        opened.forEach(report -> report.runsIn(processInstanceId));
        events.publishEvent(new ReportPeriodOpened(form.formId(), form.acceptingUnit(), period, opened.size()));
        return opened.size();
    }

    private String start(ReportForm form, ReportPeriod period, List<UnitReport> opened, String by) {
        StartCase start = new StartCase(ReportTasks.PROCESS_KEY,
                "report:" + form.formId() + ":" + period.key() + ":" + opened.getFirst().reportId(),
                form.name() + " — " + period.label(), form.acceptingUnit(), Map.of(
                "formId", form.formId().value(),
                "reportIds", opened.stream().map(report -> report.reportId().value()).toList(),
                "periodScreen", periodScreen(form, period)));
        return SYSTEM.equals(by) ? workflows.startUnattended(start) : workflows.start(start);
    }

    /** The secretariat's screen of a period: its units' reports, and the consolidation. */
    static String periodScreen(ReportForm form, ReportPeriod period) {
        return "reports/periods/" + form.formId() + "/" + period.key();
    }
}
