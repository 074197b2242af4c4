package vn.boardflow.report;

import java.util.List;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReportConsolidations.Spreadsheet;

/**
 * Targets against actuals (theo dõi chỉ tiêu) of a form's year, from its units' accepted reports: each figure's
 * target, actual so far and percent; the chosen figure period by period against the straight line to its target,
 * unit by unit ranked with those behind the pace marked; and each period's completeness and timeliness. Those who
 * accept a form's reports and those who act above them (a province over its cities) see every unit; a unit's own
 * officers see their unit alone.
 */
public interface ReportDashboards {

    /** The forms whose dashboard the user may open, each with the units they may see. */
    List<DashboardForm> forms();

    Dashboard of(DashboardQuery query);

    /**
     * How complete and timely a period is for each form of its period type whose units the user sees all of: a
     * province's cities, or the whole country's provinces, side by side.
     */
    List<FormRates> completeness(ReportPeriod period);

    /** The dashboard's tables, one sheet each, as an .xlsx workbook. */
    Spreadsheet spreadsheet(DashboardQuery query);

    /** One of the dashboard's charts, drawn on the server: SVG for the page, PNG for a Word report. */
    byte[] chart(Dashboard dashboard, Chart chart, ChartFormat format);

    enum Chart { PROGRESS, UNITS, RATES }

    enum ChartFormat { SVG, PNG }

    /**
     * @param units      the units whose figures the user may see, the whole body's when {@code wholeBody}
     * @param latestYear the latest year with an accepted report, {@code null} before the first
     */
    record DashboardForm(ReportFormId formId, String name, String bodyLabel, PeriodType periodType,
                         List<UnitName> units, boolean wholeBody, Integer latestYear) {

        public DashboardForm {
            units = List.copyOf(units);
        }
    }

    record UnitName(UnitId unitId, String name) {
    }

    /**
     * @param fieldKey the figure the charts follow, the form's first when {@code null}
     * @param unitId   one unit's own view, the whole body's when {@code null}
     * @param through  the last period counted (a report of March drawn as it stood then), the whole year when
     *                 {@code null}
     */
    record DashboardQuery(ReportFormId formId, int year, String fieldKey, UnitId unitId, Integer through) {

        public DashboardQuery(ReportFormId formId, int year, String fieldKey, UnitId unitId) {
            this(formId, year, fieldKey, unitId, null);
        }
    }

    /**
     * @param unitName        the unit the view is of, {@code null} for the whole body
     * @param reportedPeriods the latest period of the year with an accepted report: the pace is measured there
     * @param field           the figure the periods and units follow, {@code null} when the form has none
     */
    record Dashboard(ReportFormId formId, String formName, PeriodType periodType, int year, String unitName,
                     int reportedPeriods, List<FieldProgress> fields, FormField field, List<PeriodProgress> periods,
                     List<UnitProgress> units, List<PeriodRates> rates) {

        public Dashboard {
            fields = List.copyOf(fields);
            periods = List.copyOf(periods);
            units = List.copyOf(units);
            rates = List.copyOf(rates);
        }
    }

    /** A figure's target, its actual at the latest reported period, and whether that is behind the pace. */
    record FieldProgress(FormField field, Long target, long actual, Integer percent, boolean behindPace) {
    }

    /**
     * @param value      the period's accepted figure, {@code null} before any is accepted
     * @param cumulative the year so far: a sum adds up, a level is the latest
     * @param expected   the straight line from nothing to the target at the year's end, {@code null} without one
     */
    record PeriodProgress(ReportPeriod period, Long value, long cumulative, Long expected) {
    }

    record UnitProgress(UnitId unitId, String name, Long target, long actual, Integer percent, boolean behindPace) {
    }

    record FormRates(DashboardForm form, PeriodRates rates) {
    }

    /** Accepted ÷ expected and on time ÷ expected, in percent, of a period whose reports are due. */
    record PeriodRates(ReportPeriod period, int expected, int accepted, int onTime, int completeness, int timeliness) {

        public static PeriodRates of(ReportPeriod period, int expected, int accepted, int onTime) {
            return new PeriodRates(period, expected, accepted, onTime, share(accepted, expected), share(onTime, expected));
        }

        private static int share(int part, int whole) {
            return whole == 0 ? 0 : part * 100 / whole;
        }
    }
}
