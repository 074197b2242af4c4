package vn.boardflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.boardflow.org.UnitId;

/**
 * A unit's report of a period (báo cáo tháng of a ward): opened for every reporting unit when its period opens,
 * written by the unit's officers as they type, sent once, returned with a comment or accepted by the secretariat;
 * after acceptance, or once entry locks, only the secretariat's reopening lets it change. Every method checks on
 * the server that the user reports for the unit, or accepts for it.
 */
public interface UnitReports {

    /**
     * Opens the period's reports for every unit the form names, on the form's current version; a unit that has one
     * keeps it. Done by the period's timer, or by hand by the secretariat.
     *
     * @return how many reports were opened
     */
    int open(ReportFormId formId, ReportPeriod period);

    Optional<UnitReportView> find(UnitReportId id);

    /** The reports of the units the user reports for, newest period first. */
    List<UnitReportSummary> mine();

    /** A period's reports of the form, in the order of its units, for the secretariat that accepts them. */
    PeriodOverview period(ReportFormId formId, ReportPeriod period);

    /**
     * Keeps what the officer typed so far; refused when someone saved meanwhile.
     *
     * @return the report as saved, with what the checks found in it so far
     */
    UnitReportView save(UnitReportId id, long version, ReportEntry entry);

    /**
     * Sends the report. A repeated send under the same key changes nothing; findings that ask for confirmation
     * (a figure far outside the unit's own history, a level below last period's) must be in {@code confirmed}.
     */
    UnitReportView submit(UnitReportId id, String submissionKey, long version, ReportEntry entry,
                          Set<String> confirmed);

    void returnToUnit(UnitReportId id, String comment);

    void accept(UnitReportId id);

    /** Lets an accepted or locked report be corrected; the consolidation shows it was revised. */
    void reopen(UnitReportId id, String reason);

    /** What the officer typed: the figures by field key, the sections' texts by field key. */
    record ReportEntry(Map<String, Long> figures, Map<String, String> texts) {

        /** A figure or a section left blank is not there. */
        public ReportEntry {
            figures = withoutBlanks(figures);
            texts = withoutBlanks(texts);
        }

        private static <T> Map<String, T> withoutBlanks(Map<String, T> values) {
            Map<String, T> kept = new HashMap<>();
            values.forEach((key, value) -> {
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    kept.put(key, value);
                }
            });
            return Collections.unmodifiableMap(kept);
        }

        public static ReportEntry empty() {
            return new ReportEntry(Map.of(), Map.of());
        }
    }

    /**
     * One figure as the report shows it: this period's value beside the unit's annual target, the year's cumulative
     * (computed, never typed) and the percent of the target reached.
     *
     * @param target     the unit's share in the body's issued plan of the year, when the field is a target
     * @param percent    the cumulative as a percent of the target, rounded down; {@code null} without a target
     * @param historyMin the smallest value of the unit's past periods, {@code null} while it has too few of them
     */
    record Figure(FormField field, Long value, Long target, long cumulative, Integer percent, Long historyMin,
                  Long historyMax) {
    }

    /**
     * What a check found: an error refuses the report; a confirmation is asked for once, and the officer's
     * confirmation lets it through.
     */
    record Finding(String fieldKey, boolean blocking, String messageKey, List<Object> arguments) {

        public Finding {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * One step in a report's history; {@code messageKey} names what was done.
     *
     * @param actorName the full name of who took it, {@code null} for the period's timer
     */
    record HistoryStep(String messageKey, ReportStatus before, ReportStatus after, String actor, String actorName,
                       Instant at, String comment) {
    }

    record Deadlines(LocalDate dueOn, LocalDate onTimeUntil, LocalDate locksOn) {
    }

    /**
     * A report as its page shows it, with what the user may do with it now.
     *
     * @param late        sent after the last day that counts as on time, or still not sent after it
     * @param onTime      whether it was sent by the last day that counts as on time, {@code null} while unsent
     * @param reopened    how many times the secretariat reopened it
     * @param editable    whether the user may change it now
     * @param mayAccept   whether the user may return or accept it now
     */
    record UnitReportView(UnitReportId id, ReportFormId formId, String formName, int formVersion, UnitId unitId,
                          String unitName, ReportPeriod period, ReportStatus status, boolean late, Deadlines deadlines,
                          boolean locked,
                          List<Figure> figures, List<FormField> sections, ReportEntry entry, List<Finding> findings,
                          Instant submittedAt, String submittedBy, Boolean onTime, String returnComment, int reopened,
                          List<HistoryStep> history, boolean editable, boolean followsPeriod, boolean mayAccept,
                          boolean mayReopen, long version) {
    }

    record UnitReportSummary(UnitReportId id, String formName, UnitId unitId, String unitName, ReportPeriod period,
                             ReportStatus status, LocalDate dueOn, boolean late, Instant submittedAt, int reopened) {

        public boolean onTime() {
            return submittedAt != null && !late;
        }
    }

    /**
     * A period of a form as its secretariat follows it.
     *
     * @param expected how many units the form names, whether or not their reports were opened
     */
    record PeriodOverview(ReportFormId formId, String formName, ReportPeriod period, List<UnitReportSummary> reports,
                          int expected) {

        public PeriodOverview {
            reports = List.copyOf(reports);
        }

        public long accepted() {
            return reports.stream().filter(report -> report.status() == ReportStatus.ACCEPTED).count();
        }

        public long sentOnTime() {
            return reports.stream().filter(UnitReportSummary::onTime).count();
        }

        /** Accepted reports as a percent of those expected, rounded down. */
        public int completeness() {
            return percentOfExpected(accepted());
        }

        /** Reports sent on time as a percent of those expected, rounded down. */
        public int timeliness() {
            return percentOfExpected(sentOnTime());
        }

        private int percentOfExpected(long count) {
            return expected == 0 ? 0 : (int) (count * 100 / expected);
        }
    }
}
