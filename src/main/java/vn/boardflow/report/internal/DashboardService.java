package vn.boardflow.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.IssuedTargets.YearTargets;
import vn.boardflow.plan.IssuedTargets;
import vn.boardflow.report.FormField;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportConsolidations.Spreadsheet;
import vn.boardflow.report.ReportDashboards;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportStatus;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class DashboardService implements ReportDashboards {

    private final ReportRecords records;
    private final DashboardScopes scopes;
    private final UnitReportRepository reports;
    private final IssuedTargets targets;
    private final Clock clock;

    DashboardService(ReportRecords records, DashboardScopes scopes, UnitReportRepository reports,
                     IssuedTargets targets, Clock clock) {
        this.records = records;
        this.scopes = scopes;
        this.reports = reports;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public List<DashboardForm> forms() {
        return scopes.all();
    }

    @Override
    public List<FormRates> completeness(ReportPeriod period) {
        List<DashboardForm> whole = scopes.all().stream()
                .filter(form -> form.wholeBody() && form.periodType() == period.type()).toList();
        if (whole.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FormStateCount>> counts = reports.stateCounts(whole.stream().map(form -> form.formId().value())
                        .toList(), period.type(), period.year(), period.number()).stream()
                .collect(Collectors.groupingBy(FormStateCount::formId));
        return whole.stream().map(form -> {
            List<FormStateCount> states = counts.getOrDefault(form.formId().value(), List.of());
            return new FormRates(form, DashboardFigures.rates(period, form.units().size(), count(states, state -> true),
                    count(states, state -> state.status() == ReportStatus.ACCEPTED),
                    count(states, state -> Boolean.TRUE.equals(state.onTime()))));
        }).toList();
    }

    private static int count(List<FormStateCount> states, Predicate<FormStateCount> which) {
        return Math.toIntExact(states.stream().filter(which).mapToLong(FormStateCount::reports).sum());
    }

    @Override
    public Dashboard of(DashboardQuery query) {
        ReportForm form = records.form(query.formId());
        DashboardForm scope = scopes.of(form).orElse(null);
        AccessPolicy.require(scope != null);
        // a unit's officers see their unit's own view; the others the body's unless they choose a unit
        UnitId unitId = query.unitId() != null || scope.wholeBody() ? query.unitId() : scope.units().getFirst().unitId();
        List<UnitName> inView = unitId == null ? scope.units()
                : scope.units().stream().filter(unit -> unit.unitId().equals(unitId)).toList();
        AccessPolicy.require(!inView.isEmpty());

        ReportFormVersion version = records.currentVersion(form);
        PeriodType type = version.schedule().periodType();
        List<FormField> numeric = version.fields().stream().filter(FormField::numeric).toList();
        FormField field = numeric.stream().filter(candidate -> candidate.key().equals(query.fieldKey())).findFirst()
                .orElse(numeric.isEmpty() ? null : numeric.getFirst());
        YearTargets plan = targets.of(form.issuingBodyId(), query.year()).orElse(null);
        Map<UnitId, Map<String, Long>> unitTargets = new HashMap<>();
        inView.forEach(unit -> unitTargets.put(unit.unitId(), PlanTargets.ofUnit(numeric, plan, unit.unitId())));
        List<Long> unitIds = inView.stream().map(unit -> unit.unitId().value()).toList();

        int through = query.through() == null ? type.periodsPerYear() : query.through();
        DashboardFigures figures = new DashboardFigures(type, query.year(), inView,
                unitId == null ? PlanTargets.ofBody(numeric, plan) : unitTargets.get(unitId), unitTargets,
                reports.acceptedValues(form.formId().value(), type, query.year(), unitIds).stream()
                        .filter(value -> value.periodNumber() <= through).toList(),
                reports.states(form.formId().value(), type, query.year(), unitIds).stream()
                        .filter(state -> state.periodNumber() <= through).toList(),
                Math.min(through, version.schedule().duePeriods(query.year(), LocalDate.now(clock))));
        return new Dashboard(form.formId(), form.name(), type, query.year(),
                unitId == null ? null : inView.getFirst().name(), figures.reportedPeriods(),
                numeric.stream().map(figures::progress).toList(), field,
                field == null ? List.of() : figures.periods(field), field == null ? List.of() : figures.units(field),
                figures.rates());
    }

    @Override
    public Spreadsheet spreadsheet(DashboardQuery query) {
        Dashboard dashboard = of(query);
        return new Spreadsheet("theo-doi-chi-tieu-" + dashboard.year() + ".xlsx", DashboardSheet.write(dashboard));
    }

    @Override
    public byte[] chart(Dashboard dashboard, Chart chart, ChartFormat format) {
        return DashboardCharts.draw(dashboard, chart, format);
    }
}
