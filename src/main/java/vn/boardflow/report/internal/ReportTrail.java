package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.report.ReportEvents.ReportStepTaken;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReports.HistoryStep;
import vn.boardflow.report.internal.ReportStep.Action;

/** Each step of a report, in its history and, from sending on, in the audit log. */
@Component
class ReportTrail {

    private final ReportStepRepository steps;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportTrail(ReportStepRepository steps, UserDirectory users, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.users = users;
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
        List<ReportStep> taken = steps.findByReportIdOrderByIdAsc(report.reportId().value());
        Map<String, String> names = users.fullNames(taken.stream().map(ReportStep::actor).distinct().toList());
        return taken.stream().map(step -> step.view(names.get(step.actor()))).toList();
    }
}
