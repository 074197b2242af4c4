package vn.boardflow.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.report.UnitReports;
import vn.boardflow.report.internal.ReportStep.Action;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class UnitReportService implements UnitReports {

    /** The reports a unit's list shows at most: a ward has twelve a year per form. */
    private static final int LISTED = 120;

    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final ReportOpening opening;
    private final UnitReportViews views;
    private final ReportAccess access;
    private final ReportTasks tasks;
    private final ReportTrail trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    UnitReportService(UnitReportRepository reports, ReportRecords records, ReportOpening opening, UnitReportViews views,
                      ReportAccess access, ReportTasks tasks, ReportTrail trail, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.records = records;
        this.opening = opening;
        this.views = views;
        this.access = access;
        this.tasks = tasks;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int open(ReportFormId formId, ReportPeriod period) {
        ReportForm form = records.form(formId);
        access.requireAccepts(form);
        return opening.open(form, period, me());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitReportView> find(UnitReportId id) {
        return reports.findById(id.value())
                .filter(report -> access.reads(records.form(report.formId()), report.unitId()))
                .map(views::of);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitReportSummary> mine() {
        Set<UnitId> units = access.ownReportingUnits();
        if (units.isEmpty()) {
            return List.of();
        }
        return summaries(reports.ofUnits(UnitId.valuesOf(units), Limit.of(LISTED)));
    }

    @Override
    @Transactional(readOnly = true)
    public PeriodOverview period(ReportFormId formId, ReportPeriod period) {
        ReportForm form = records.form(formId);
        access.requireAccepts(form);
        List<UnitId> order = form.reportingUnits();
        List<UnitReport> found = new ArrayList<>(reports.ofPeriod(formId.value(), period.type(), period.year(),
                period.number()));
        found.sort(Comparator.comparingInt(report -> {
            int position = order.indexOf(report.unitId());
            return position < 0 ? Integer.MAX_VALUE : position;
        }));
        return new PeriodOverview(formId, form.name(), period, summaries(found), order.size());
    }

    /** Each report with its form and the schedule of its version, each read once. */
    private List<UnitReportSummary> summaries(List<UnitReport> found) {
        Map<Long, ReportForm> forms = new HashMap<>();
        Map<Long, ReportSchedule> schedules = new HashMap<>();
        return found.stream().map(report -> views.summary(report,
                forms.computeIfAbsent(report.formId().value(), id -> records.form(report.formId())),
                schedules.computeIfAbsent(report.formVersionId(), id -> records.versionOf(report).schedule())))
                .toList();
    }

    @Override
    public UnitReportView save(UnitReportId id, long version, ReportEntry entry) {
        UnitReport report = writable(id);
        report.checkVersion(version);
        ReportFormVersion formVersion = records.versionOf(report);
        report.save(onForm(entry, formVersion), views.pastLockDate(formVersion.schedule(), report.period()), me(),
                clock.instant());
        reports.flush();
        return views.of(report);
    }

    @Override
    public UnitReportView submit(UnitReportId id, String submissionKey, long version, ReportEntry entry,
                                 Set<String> confirmed) {
        UnitReport report = writable(id);
        if (report.repeats(submissionKey)) {
            return views.of(report);
        }
        report.checkVersion(version);
        ReportForm form = records.form(report.formId());
        ReportFormVersion formVersion = records.versionOf(report);
        ReportEntry kept = onForm(entry, formVersion);
        List<Finding> findings = views.figures(form, formVersion, report).findings(kept, true);
        if (!ReportFigures.clear(findings, confirmed)) {
            throw new RuleViolation("report.error.notReady", findings.size());
        }
        ReportSchedule schedule = formVersion.schedule();
        ReportStatus before = report.status();
        report.submit(submissionKey, kept, views.pastLockDate(schedule, report.period()),
                schedule.onTime(report.period(), LocalDate.now(clock)), me(), clock.instant());
        step(report, Action.SUBMITTED, before, null);
        tasks.complete(report, ReportTasks.ENTER, Map.of());
        reports.flush();
        return views.of(report);
    }

    @Override
    public void returnToUnit(UnitReportId id, String comment) {
        requireComment(comment);
        UnitReport report = accepted(id);
        ReportStatus before = report.status();
        report.returnToUnit(comment);
        step(report, Action.RETURNED, before, comment.strip());
        tasks.complete(report, ReportTasks.REVIEW, Map.of(ReportTasks.OUTCOME, "return"));
    }

    @Override
    public void accept(UnitReportId id) {
        UnitReport report = accepted(id);
        ReportStatus before = report.status();
        report.accept(me(), clock.instant());
        step(report, Action.ACCEPTED, before, null);
        tasks.complete(report, ReportTasks.REVIEW, Map.of(ReportTasks.OUTCOME, "accept"));
    }

    @Override
    public void reopen(UnitReportId id, String reason) {
        requireComment(reason);
        UnitReport report = accepted(id);
        ReportStatus before = report.status();
        report.reopen(views.pastLockDate(records.versionOf(report).schedule(), report.period()));
        step(report, Action.REOPENED, before, reason.strip());
    }

    /** A report its unit's officer is about to change. */
    private UnitReport writable(UnitReportId id) {
        UnitReport report = records.report(id);
        access.requireReportsFor(report.unitId());
        return report;
    }

    /** A report the secretariat is about to return, accept or reopen. */
    private UnitReport accepted(UnitReportId id) {
        UnitReport report = records.report(id);
        access.requireAccepts(records.form(report.formId()));
        return report;
    }

    /** Only what the form asks is kept: a field of another version or a made-up key is dropped. */
    static ReportEntry onForm(ReportEntry entry, ReportFormVersion version) {
        Map<String, Long> figures = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (FormField field : version.fields()) {
            if (field.numeric() && entry.figures().containsKey(field.key())) {
                figures.put(field.key(), entry.figures().get(field.key()));
            } else if (!field.numeric() && entry.texts().containsKey(field.key())) {
                texts.put(field.key(), entry.texts().get(field.key()));
            }
        }
        return new ReportEntry(figures, texts);
    }

    private void step(UnitReport report, Action action, ReportStatus before, String comment) {
        trail.took(report, action, before, me(), comment);
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("report.error.reasonRequired");
        }
    }

    private String me() {
        return currentUser.actor().username();
    }
}
