package vn.boardflow.emulation;

/** What an agreement scores: the first six months of a year (at the mid-year meeting) or the whole year. */
public enum AgreementSpan {
    HALF_YEAR(6, "6 tháng đầu năm "),
    YEAR(12, "năm ");

    private final int lastMonth;
    private final String words;

    AgreementSpan(int lastMonth, String words) {
        this.lastMonth = lastMonth;
        this.words = words;
    }

    /** The last month of the year it covers. */
    public int lastMonth() {
        return lastMonth;
    }

    /** The words documents use, always Vietnamese: "6 tháng đầu năm 2018", "năm 2018". */
    public String label(int year) {
        return words + year;
    }

    public String messageKey() {
        return "emulation.span." + name();
    }
}
