package vn.boardflow.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One period a form is reported for: March 2018, the second quarter, the first half-year, the year.
 *
 * @param number the period's place in its year, from 1 (the month for a monthly period)
 */
public record ReportPeriod(PeriodType type, int year, int number) implements Comparable<ReportPeriod> {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportPeriod {
        if (type == null || year < 2000 || year > 2100 || number < 1 || number > type.periodsPerYear()) {
            throw new IllegalArgumentException("no such period: " + type + " " + number + "/" + year);
        }
    }

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(PeriodType.MONTH, year, month);
    }

    /** The period of this type that the day falls in. */
    public static ReportPeriod containing(PeriodType type, LocalDate day) {
        return new ReportPeriod(type, day.getYear(), (day.getMonthValue() - 1) / type.months() + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * type.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(type.months() - 1L);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public ReportPeriod next() {
        return number == type.periodsPerYear() ? new ReportPeriod(type, year + 1, 1)
                : new ReportPeriod(type, year, number + 1);
    }

    public ReportPeriod previous() {
        return number == 1 ? new ReportPeriod(type, year - 1, type.periodsPerYear())
                : new ReportPeriod(type, year, number - 1);
    }

    /** The first period of the year: its reports start the year's cumulative afresh. */
    public boolean firstOfYear() {
        return number == 1;
    }

    /**
     * How documents and screens name the period, always in Vietnamese: "tháng 3/2018", "quý II/2018",
     * "6 tháng đầu năm 2018", "năm 2018".
     */
    public String label() {
        return switch (type) {
            case MONTH -> "tháng " + number + "/" + year;
            case QUARTER -> "quý " + ROMAN[number - 1] + "/" + year;
            case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "năm " + year;
        };
    }

    /** The period within its year, as a chart's axis and a table's column name it: "T3", "Quý II", "6 tháng đầu". */
    public String shortLabel() {
        return switch (type) {
            case MONTH -> "T" + number;
            case QUARTER -> "Quý " + ROMAN[number - 1];
            case HALF_YEAR -> number == 1 ? "6 tháng đầu" : "6 tháng cuối";
            case YEAR -> "Năm " + year;
        };
    }

    /** The period as a route and a business key write it: {@code MONTH-2026-3}. */
    public String key() {
        return type.name() + "-" + year + "-" + number;
    }

    /** The period a {@link #key()} names, if it names one. */
    public static Optional<ReportPeriod> parse(String key) {
        String[] parts = key == null ? new String[0] : key.split("-");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportPeriod(PeriodType.valueOf(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(ReportPeriod other) {
        return start().compareTo(other.start());
    }
}
