package vn.boardflow.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.FormField;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportDashboards.FieldProgress;
import vn.boardflow.report.ReportDashboards.PeriodProgress;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportDashboards.UnitProgress;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportStatus;

/**
 * A year's accepted figures of the units in view, added up. A sum (new members) runs through the year; a level
 * (chi hội maintained) counts each unit's latest. The pace is the straight line to the target at the year's end,
 * measured at the latest period reported, so a year in progress is not judged by months still to come.
 *
 * <p>Built from the units in view (in the form's order), the annual target of each field for the whole view (the
 * body's, or the one unit's share), each unit's share, the accepted values of the units in view, every report of
 * theirs (for completeness and timeliness) and how many of the year's periods are due by now.
 */
final class DashboardFigures {

    private final PeriodType type;
    private final int year;
    private final List<UnitName> units;
    private final Map<String, Long> targets;
    private final Map<UnitId, Map<String, Long>> unitTargets;
    private final List<UnitPeriodState> states;
    private final int duePeriods;
    /** Each field's values by unit, period by period (index 0 is the first period), {@code null} where none. */
    private final Map<String, Map<Long, Long[]>> values = new HashMap<>();
    private final int reportedPeriods;

    DashboardFigures(PeriodType type, int year, List<UnitName> units, Map<String, Long> targets,
                     Map<UnitId, Map<String, Long>> unitTargets, List<UnitPeriodValue> values,
                     List<UnitPeriodState> states, int duePeriods) {
        this.type = type;
        this.year = year;
        this.units = List.copyOf(units);
        this.targets = targets;
        this.unitTargets = unitTargets;
        this.states = states;
        this.duePeriods = duePeriods;
        int reported = 0;
        for (UnitPeriodValue value : values) {
            this.values.computeIfAbsent(value.fieldKey(), key -> new HashMap<>())
                    .computeIfAbsent(value.unitId(), unit -> new Long[type.periodsPerYear()])[value.periodNumber() - 1]
                    = value.amount();
            reported = Math.max(reported, value.periodNumber());
        }
        this.reportedPeriods = reported;
    }

    int reportedPeriods() {
        return reportedPeriods;
    }

    FieldProgress progress(FormField field) {
        Long target = targets.get(field.key());
        long actual = total(field, reportedPeriods);
        return new FieldProgress(field, target, actual, ReportFigures.percent(actual, target),
                behind(actual, target));
    }

    List<PeriodProgress> periods(FormField field) {
        Map<Long, Long[]> byUnit = values.getOrDefault(field.key(), Map.of());
        Long target = targets.get(field.key());
        List<PeriodProgress> periods = new ArrayList<>();
        for (int number = 1; number <= type.periodsPerYear(); number++) {
            Long value = null;
            for (Long[] unitValues : byUnit.values()) {
                if (unitValues[number - 1] != null) {
                    value = (value == null ? 0 : value) + unitValues[number - 1];
                }
            }
            periods.add(new PeriodProgress(new ReportPeriod(type, year, number), value, total(field, number),
                    target == null ? null : target * number / type.periodsPerYear()));
        }
        return periods;
    }

    /** The units ranked by percent reached, then by actual; those without a target last. */
    List<UnitProgress> units(FormField field) {
        int through = reportedPeriods;
        return units.stream().map(unit -> {
            Long target = unitTargets.getOrDefault(unit.unitId(), Map.of()).get(field.key());
            long actual = unitTotal(field, unit.unitId(), through);
            return new UnitProgress(unit.unitId(), unit.name(), target, actual, ReportFigures.percent(actual, target),
                    behind(actual, target));
        }).sorted(Comparator.comparing((UnitProgress unit) -> unit.percent() == null ? -1 : unit.percent())
                .thenComparing(UnitProgress::actual).reversed()).toList();
    }

    List<PeriodRates> rates() {
        Map<Integer, List<UnitPeriodState>> byPeriod = states.stream()
                .collect(Collectors.groupingBy(UnitPeriodState::periodNumber));
        int last = Math.max(duePeriods, byPeriod.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        List<PeriodRates> rates = new ArrayList<>();
        for (int number = 1; number <= last; number++) {
            List<UnitPeriodState> reports = byPeriod.getOrDefault(number, List.of());
            rates.add(rates(new ReportPeriod(type, year, number), units.size(), reports.size(),
                    (int) reports.stream().filter(report -> report.status() == ReportStatus.ACCEPTED).count(),
                    (int) reports.stream().filter(report -> Boolean.TRUE.equals(report.onTime())).count()));
        }
        return rates;
    }

    private boolean behind(long actual, Long target) {
        return target != null && target > 0 && actual * type.periodsPerYear() < target * reportedPeriods;
    }

    private long total(FormField field, int through) {
        return units.stream().mapToLong(unit -> unitTotal(field, unit.unitId(), through)).sum();
    }

    private long unitTotal(FormField field, UnitId unitId, int through) {
        Long[] byPeriod = values.getOrDefault(field.key(), Map.of()).get(unitId.value());
        if (byPeriod == null) {
            return 0;
        }
        long total = 0;
        for (int index = 0; index < through; index++) {
            if (byPeriod[index] != null) {
                total = field.tally() == Tally.LEVEL ? byPeriod[index] : total + byPeriod[index];
            }
        }
        return total;
    }

    /** A unit dropped from the form after its report was opened still counts in the period it reported on. */
    static PeriodRates rates(ReportPeriod period, int units, int reports, int accepted, int onTime) {
        return PeriodRates.of(period, Math.max(units, reports), accepted, onTime);
    }
}
