package vn.boardflow.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.Organisation;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.Notices.Notice;

/**
 * What the {@code reportPeriod} process asks about a period and its reports: which periods open today
 * ({@code ${reportCycle.openDue(engineClock.currentTime)}}), who enters a unit's report, when it is due, when its
 * unit is reminded and when it is late, and the notices then, each sent once per report.
 */
@Component("reportCycle")
class ReportCycle {

    /** Periods that opened this many days ago or less still open, should the server have been down on the day. */
    static final int CATCH_UP_DAYS = 5;
    static final int REMINDER_DAYS = 3;
    /** Notices go out at the start of the working day. */
    static final LocalTime NOTICE_TIME = LocalTime.of(7, 0);
    private static final Logger log = LoggerFactory.getLogger(ReportCycle.class);

    private final ReportFormRepository forms;
    private final ReportRecords records;
    private final ReportOpening opening;
    private final ReportPeople people;
    private final Organisation organisation;
    private final Notices notices;
    private final Clock clock;

    ReportCycle(ReportFormRepository forms, ReportRecords records, ReportOpening opening, ReportPeople people,
                Organisation organisation, Notices notices, Clock clock) {
        this.forms = forms;
        this.records = records;
        this.opening = opening;
        this.people = people;
        this.organisation = organisation;
        this.notices = notices;
        this.clock = clock;
    }

    /** @return how many reports were opened */
    @Transactional
    public int openDue(Date now) {
        LocalDate today = LocalDate.ofInstant(now.toInstant(), VietnameseDates.ZONE);
        int opened = 0;
        for (ReportForm form : forms.findAll()) {
            ReportSchedule schedule = records.currentVersion(form).schedule();
            ReportPeriod period = ReportPeriod.containing(schedule.periodType(), today);
            LocalDate opensOn = schedule.opensOn(period);
            if (!opensOn.isAfter(today) && !opensOn.isBefore(today.minusDays(CATCH_UP_DAYS))) {
                int count = opening.open(form, period, ReportOpening.SYSTEM);
                if (count > 0) {
                    log.info("Opened {} of form {} for {} units", period.label(), form.formId(), count);
                }
                opened += count;
            }
        }
        return opened;
    }

    /** The report's unit, which its tasks name as their own ({@code InboxTask.TASK_UNIT}). */
    public long unitOf(long reportId) {
        return records.report(UnitReportId.of(reportId)).unitId().value();
    }

    public List<String> reporters(long reportId) {
        return people.reporterGroups(records.report(UnitReportId.of(reportId)).unitId());
    }

    /** The end of the due day. */
    public Date due(long reportId) {
        Dated dated = dated(reportId);
        return Date.from(dated.schedule().dueOn(dated.period()).plusDays(1).atStartOfDay(VietnameseDates.ZONE)
                .toInstant());
    }

    public Date reminder(long reportId) {
        Dated dated = dated(reportId);
        return at(dated.schedule().dueOn(dated.period()).minusDays(REMINDER_DAYS));
    }

    /** The morning after the last day that counts as on time. */
    public Date lateNotice(long reportId) {
        Dated dated = dated(reportId);
        return at(dated.schedule().onTimeUntil(dated.period()).plusDays(1));
    }

    @Transactional
    public void remind(long reportId) {
        UnitReport report = records.report(UnitReportId.of(reportId));
        if (!report.remind(clock.instant())) {
            return;
        }
        Dated dated = dated(report);
        notices.send(people.reporters(report.unitId()), new Notice("notice.reportDue",
                List.of(records.form(report.formId()).name(), report.period().label(),
                        VietnameseDates.format(dated.schedule().dueOn(dated.period()))), link(report)));
    }

    /** The unit's officers and the secretariat hear that the report is late. */
    @Transactional
    public void reportLate(long reportId) {
        UnitReport report = records.report(UnitReportId.of(reportId));
        if (!report.noticeLate(clock.instant())) {
            return;
        }
        ReportForm form = records.form(report.formId());
        List<String> told = new ArrayList<>(people.reporters(report.unitId()));
        people.acceptors(form).stream().filter(name -> !told.contains(name)).forEach(told::add);
        notices.send(told, new Notice("notice.reportLate", List.of(organisation.today().nameOf(report.unitId()),
                form.name(), report.period().label()), link(report)));
    }

    static String link(UnitReport report) {
        return "reports/" + report.reportId();
    }

    private Dated dated(long reportId) {
        return dated(records.report(UnitReportId.of(reportId)));
    }

    private Dated dated(UnitReport report) {
        return new Dated(records.versionOf(report).schedule(), report.period());
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(NOTICE_TIME).atZone(VietnameseDates.ZONE).toInstant());
    }

    private record Dated(ReportSchedule schedule, ReportPeriod period) {
    }
}
