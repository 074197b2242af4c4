package vn.boardflow.report;

/** How often units report: monthly by default, or each quarter, half-year or year. */
public enum PeriodType {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    /** The months one period spans. */
    public int months() {
        return months;
    }

    public int periodsPerYear() {
        return 12 / months;
    }

    public String messageKey() {
        return "report.periodType." + name();
    }
}
