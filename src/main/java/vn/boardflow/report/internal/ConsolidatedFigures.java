package vn.boardflow.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.FormField;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.ReportConsolidations.Total;
import vn.boardflow.report.ReportConsolidations.UnitRow;
import vn.boardflow.report.ReportStatus;

/**
 * A period's accepted figures added up: each unit's line (its period's figures and its year so far, counting its
 * accepted reports only) and the totals against the body's targets. A unit whose report is not accepted has an
 * empty line and is named as missing.
 *
 * @param figures  the numeric fields of the form
 * @param targets  the body's annual targets by field key
 */
record ConsolidatedFigures(List<FormField> figures, Map<String, Long> targets) {

    /**
     * One reporting unit as the period found it.
     *
     * @param status     its report's state, {@code null} when none was opened
     * @param figures    its report's figures of the period
     * @param yearToDate its accepted reports' sums over the year up to this period, by field key
     */
    record UnitInput(UnitId unitId, String name, ReportStatus status, boolean late, int reopened,
                     Map<String, Long> figures, Map<String, Long> yearToDate) {
    }

    List<UnitRow> rows(List<UnitInput> units) {
        List<UnitRow> rows = new ArrayList<>();
        for (UnitInput unit : units) {
            boolean accepted = unit.status() == ReportStatus.ACCEPTED;
            Map<String, Long> period = new HashMap<>();
            Map<String, Long> cumulative = new HashMap<>();
            if (accepted) {
                for (FormField field : figures) {
                    Long value = unit.figures().get(field.key());
                    if (value != null) {
                        period.put(field.key(), value);
                    }
                    Long sum = field.tally() == Tally.LEVEL ? value : unit.yearToDate().get(field.key());
                    if (sum != null) {
                        cumulative.put(field.key(), sum);
                    }
                }
            }
            rows.add(new UnitRow(unit.unitId(), unit.name(), unit.status(), unit.late(), unit.reopened(), period,
                    cumulative));
        }
        return rows;
    }

    List<Total> totals(List<UnitRow> rows) {
        List<Total> totals = new ArrayList<>();
        for (FormField field : figures) {
            long period = rows.stream().mapToLong(row -> row.period().getOrDefault(field.key(), 0L)).sum();
            long cumulative = rows.stream().mapToLong(row -> row.cumulative().getOrDefault(field.key(), 0L)).sum();
            Long target = targets.get(field.key());
            totals.add(new Total(field, period, cumulative, target, ReportFigures.percent(cumulative, target)));
        }
        return totals;
    }

    static List<String> missing(List<UnitRow> rows) {
        return rows.stream().filter(row -> row.status() != ReportStatus.ACCEPTED).map(UnitRow::unitName).toList();
    }
}
