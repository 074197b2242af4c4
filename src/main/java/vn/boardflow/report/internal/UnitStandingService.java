package vn.boardflow.report.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.IssuedTargets;
import vn.boardflow.plan.IssuedTargets.YearTargets;
import vn.boardflow.report.FormField;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportDashboards.UnitProgress;
import vn.boardflow.report.ReportStandings;
import vn.boardflow.report.ReportSchedule;

/**
 * The standings read with two queries per form (accepted figures, report states) and added up with the dashboard's
 * own arithmetic, so a unit's percent here is the one its dashboard shows at the same month.
 */
@Service
@Transactional(readOnly = true)
class UnitStandingService implements ReportStandings {

    private final ReportFormRepository forms;
    private final ReportRecords records;
    private final UnitReportRepository reports;
    private final IssuedTargets targets;

    UnitStandingService(ReportFormRepository forms, ReportRecords records, UnitReportRepository reports,
                        IssuedTargets targets) {
        this.forms = forms;
        this.records = records;
        this.reports = reports;
        this.targets = targets;
    }

    @Override
    public Map<UnitId, UnitStanding> of(IssuingBodyId bodyId, int year, int lastMonth, LocalDate asOf,
                                        Collection<UnitId> units) {
        Set<UnitId> asked = new HashSet<>(units);
        YearTargets plan = targets.of(bodyId, year).orElse(null);
        Map<UnitId, Tally> tallies = new HashMap<>();
        for (ReportForm form : forms.findByIssuingBodyIdInOrderByIdAsc(List.of(bodyId.value()))) {
            List<UnitId> inView = form.reportingUnits().stream().filter(asked::contains).toList();
            if (!inView.isEmpty()) {
                addForm(form, inView, plan, year, lastMonth, asOf, tallies);
            }
        }
        Map<UnitId, UnitStanding> standings = new HashMap<>();
        tallies.forEach((unitId, tally) -> standings.put(unitId, tally.standing(unitId)));
        return standings;
    }

    private void addForm(ReportForm form, List<UnitId> inView, YearTargets plan, int year, int lastMonth,
                         LocalDate asOf, Map<UnitId, Tally> tallies) {
        ReportFormVersion version = records.currentVersion(form);
        ReportSchedule schedule = version.schedule();
        PeriodType type = schedule.periodType();
        int through = Math.max(1, type.periodsPerYear() * lastMonth / 12);
        int due = Math.min(through, schedule.duePeriods(year, asOf));
        List<FormField> numeric = version.fields().stream().filter(FormField::numeric).toList();
        Map<UnitId, Map<String, Long>> shares = new HashMap<>();
        inView.forEach(unit -> shares.put(unit, PlanTargets.ofUnit(numeric, plan, unit)));
        List<Long> ids = inView.stream().map(UnitId::value).toList();
        List<UnitPeriodState> states = reports.states(form.formId().value(), type, year, ids).stream()
                .filter(state -> state.periodNumber() <= due).toList();
        DashboardFigures figures = new DashboardFigures(type, year,
                inView.stream().map(unit -> new UnitName(unit, "")).toList(), Map.of(), shares,
                reports.acceptedValues(form.formId().value(), type, year, ids).stream()
                        .filter(value -> value.periodNumber() <= due).toList(), states, due);

        inView.forEach(unit -> tallies.computeIfAbsent(unit, any -> new Tally(form)).expected += due);
        states.stream().filter(state -> Boolean.TRUE.equals(state.onTime()))
                .forEach(state -> tallies.get(UnitId.of(state.unitId())).onTime++);
        if (due == 0) {
            return;
        }
        numeric.stream().filter(field -> field.kind() == FormField.Kind.TARGET).forEach(field -> {
            for (UnitProgress unit : figures.units(field)) {
                if (unit.target() != null && unit.target() > 0) {
                    // a level (units maintained) is held against the whole target; a sum against its share so far
                    long pace = field.tally() == FormField.Tally.LEVEL ? unit.actual() * 100 / unit.target()
                            : unit.actual() * 100 * type.periodsPerYear() / (unit.target() * due);
                    Tally tally = tallies.get(unit.unitId());
                    tally.percents += (int) Math.min(100, pace);
                    tally.targets++;
                }
            }
        });
    }

    /** One unit's counts as the forms add to them. */
    private static final class Tally {

        private final ReportForm firstForm;
        private int percents;
        private int targets;
        private int expected;
        private int onTime;

        private Tally(ReportForm firstForm) {
            this.firstForm = firstForm;
        }

        UnitStanding standing(UnitId unitId) {
            return new UnitStanding(unitId, targets == 0 ? null : percents / targets, targets, expected, onTime,
                    firstForm.formId());
        }
    }
}
