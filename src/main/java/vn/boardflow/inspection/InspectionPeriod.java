package vn.boardflow.inspection;

import java.time.MonthDay;

/** The two rounds of a year: at six months ("6 tháng") and at year end ("cuối năm"). */
public enum InspectionPeriod {
    MID_YEAR(MonthDay.of(6, 1)),
    YEAR_END(MonthDay.of(11, 15));

    private final MonthDay defaultOpening;

    InspectionPeriod(MonthDay defaultOpening) {
        this.defaultOpening = defaultOpening;
    }

    /** When a draft round opens for the secretariat unless configured otherwise: 1 June and 15 November. */
    public MonthDay defaultOpening() {
        return defaultOpening;
    }

    public String messageKey() {
        return "inspection.period." + name();
    }
}
