package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.report.ReportEvents.ReportStepTaken;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReports.HistoryStep;
import vn.boardflow.report.internal.ReportStep.Action;

/** Each step of a report, in its history and, from sending on, in the audit log. */
@Component
class ReportTrail {

    private final ReportStepRepository steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportTrail(ReportStepRepository steps, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    void opened(UnitReport report, String by) {
        steps.save(new ReportStep(report.reportId(), Action.OPENED, ReportStatus.OPEN, ReportStatus.OPEN, by,
                clock.instant(), null));
    }

    void took(UnitReport report, Action action, ReportStatus before, String by, String comment) {
        steps.save(new ReportStep(report.reportId(), action, before, report.status(), by, clock.instant(), comment));
        events.publishEvent(new ReportStepTaken(action.name().toLowerCase(Locale.ROOT), report.reportId(),
                report.formId(), report.unitId(), report.period(), before, report.status(), comment));
    }

    List<HistoryStep> of(UnitReport report) {
        return steps.findByReportIdOrderByIdAsc(report.reportId().value()).stream().map(ReportStep::view).toList();
    }
}
