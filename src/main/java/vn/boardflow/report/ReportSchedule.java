package vn.boardflow.report;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.boardflow.shared.RuleViolation;

/**
 * When a form's reports are due and how long entry stays open.
 *
 * @param dueDay         the day of the month the report is due, moved to the month's last day where the month is
 *                       shorter (the 30th in February is the 28th or 29th)
 * @param dueInNextMonth whether that day is in the month after the period (the 5th of the next month) rather than
 *                       in its last month (the 25th of the month itself)
 * @param graceDays      days after the due date that still count as on time
 * @param lockDays       days after the due date after which entry locks; a locked report is changed only by
 *                       the secretariat reopening it
 */
public record ReportSchedule(PeriodType periodType, int dueDay, boolean dueInNextMonth, int graceDays, int lockDays) {

    public ReportSchedule {
        if (periodType == null) {
            throw new IllegalArgumentException("a schedule needs a period type");
        }
        if (dueDay < 1 || dueDay > 31 || graceDays < 0 || lockDays < graceDays || lockDays > 366) {
            throw new RuleViolation("report.error.schedule");
        }
    }

    /** Monthly, due on the 25th of the month itself, two days' grace, entry open ten days after. */
    public static ReportSchedule monthlyDefault() {
        return new ReportSchedule(PeriodType.MONTH, 25, false, 2, 10);
    }

    public LocalDate dueOn(ReportPeriod period) {
        YearMonth month = dueInNextMonth ? period.lastMonth().plusMonths(1) : period.lastMonth();
        return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }

    /** The last day a report counts as on time. */
    public LocalDate onTimeUntil(ReportPeriod period) {
        return dueOn(period).plusDays(graceDays);
    }

    public boolean onTime(ReportPeriod period, LocalDate submittedOn) {
        return !submittedOn.isAfter(onTimeUntil(period));
    }

    /** The first day entry is locked. */
    public LocalDate locksOn(ReportPeriod period) {
        return dueOn(period).plusDays(lockDays + 1L);
    }

    public boolean locked(ReportPeriod period, LocalDate today) {
        return !today.isBefore(locksOn(period));
    }

    /** How many of the year's periods are due by that day: all of a past year's, none of a future one's. */
    public int duePeriods(int year, LocalDate today) {
        int due = 0;
        for (int number = 1; number <= periodType.periodsPerYear(); number++) {
            if (!dueOn(new ReportPeriod(periodType, year, number)).isAfter(today)) {
                due = number;
            }
        }
        return due;
    }

    /** Reports of a period open on its first day, so a ward may enter as the month goes. */
    public LocalDate opensOn(ReportPeriod period) {
        return period.start();
    }
}
