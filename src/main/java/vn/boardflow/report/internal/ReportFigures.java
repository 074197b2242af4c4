package vn.boardflow.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.boardflow.report.FormField;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.UnitReports.Figure;
import vn.boardflow.report.UnitReports.Finding;
import vn.boardflow.report.UnitReports.ReportEntry;

/**
 * A report's figures worked out against what came before it, and what the checks find in them.
 *
 * @param yearBefore     each field's totals over the unit's counted reports of the year before this period
 * @param history        each field's totals over all the unit's counted reports before this period
 * @param previousLevels the figures of the unit's latest counted report before this one
 * @param targets        the unit's annual target by field key, from the body's issued plan
 */
record ReportFigures(List<FormField> fields, Map<String, FieldTotal> yearBefore, Map<String, FieldTotal> history,
                     Map<String, Long> previousLevels, Map<String, Long> targets) {

    /** Past periods a unit needs before a value outside their range is worth asking about. */
    static final int HISTORY_NEEDED = 3;

    List<Figure> of(ReportEntry entry) {
        List<Figure> figures = new ArrayList<>();
        for (FormField field : fields) {
            if (!field.numeric()) {
                continue;
            }
            Long value = entry.figures().get(field.key());
            long cumulative = cumulative(field, value);
            Long target = targets.get(field.key());
            FieldTotal past = history.get(field.key());
            boolean enough = past != null && past.count() >= HISTORY_NEEDED;
            figures.add(new Figure(field, value, target, cumulative, percent(cumulative, target),
                    enough ? past.min() : null, enough ? past.max() : null));
        }
        return figures;
    }

    /**
     * What the checks find: a figure or a required section missing refuses a report being sent (a draft may lack
     * them); a figure outside the unit's own range so far, or a level below its last, asks for confirmation.
     */
    List<Finding> findings(ReportEntry entry, boolean sending) {
        List<Finding> findings = new ArrayList<>();
        for (Figure figure : of(entry)) {
            FormField field = figure.field();
            Long value = figure.value();
            if (value == null) {
                if (sending) {
                    findings.add(new Finding(field.key(), true, "report.error.figureRequired", List.of(field.label())));
                }
                continue;
            }
            if (figure.historyMin() != null && (value < figure.historyMin() || value > figure.historyMax())) {
                findings.add(new Finding(field.key(), false, "report.confirm.outsideHistory",
                        List.of(field.label(), value, figure.historyMin(), figure.historyMax())));
            }
            Long previous = previousLevels.get(field.key());
            if (field.tally() == Tally.LEVEL && previous != null && value < previous) {
                findings.add(new Finding(field.key(), false, "report.confirm.levelFell",
                        List.of(field.label(), value, previous)));
            }
        }
        if (sending) {
            for (FormField field : fields) {
                if (!field.numeric() && field.required() && !entry.texts().containsKey(field.key())) {
                    findings.add(new Finding(field.key(), true, "report.error.sectionRequired", List.of(field.label())));
                }
            }
        }
        return findings;
    }

    /** Whether the findings let a report be sent: no error, and every confirmation given. */
    static boolean clear(List<Finding> findings, Set<String> confirmed) {
        return findings.stream().noneMatch(finding -> finding.blocking() || !confirmed.contains(finding.fieldKey()));
    }

    /** A sum adds this period to the year before it; a level is what it is now, or its last value while blank. */
    private long cumulative(FormField field, Long value) {
        if (field.tally() == Tally.LEVEL) {
            return value != null ? value : previousLevels.getOrDefault(field.key(), 0L);
        }
        FieldTotal before = yearBefore.get(field.key());
        return (before == null ? 0 : before.sum()) + (value == null ? 0 : value);
    }

    /** The percent of the target reached, rounded down; none without a target above zero. */
    static Integer percent(long cumulative, Long target) {
        if (target == null || target <= 0) {
            return null;
        }
        return (int) Math.min(Integer.MAX_VALUE, cumulative * 100 / target);
    }
}
