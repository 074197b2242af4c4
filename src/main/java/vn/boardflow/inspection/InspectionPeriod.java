package vn.boardflow.inspection;

import java.time.MonthDay;

/** The two rounds of a year: at six months ("6 tháng") and at year end ("cuối năm"). */
public enum InspectionPeriod {
    MID_YEAR(MonthDay.of(6, 1), "6 tháng đầu năm"),
    YEAR_END(MonthDay.of(11, 15), "cuối năm");

    private final MonthDay defaultOpening;
    private final String when;

    InspectionPeriod(MonthDay defaultOpening, String when) {
        this.defaultOpening = defaultOpening;
        this.when = when;
    }

    /**
     * The words documents and task subjects use, which are always Vietnamese: "Kiểm tra 6 tháng đầu năm
     * 2026", "Kiểm tra cuối năm 2026".
     */
    public String roundTitle(int year) {
        return "Kiểm tra " + when + " " + year;
    }

    /** The time a round looks back on, as documents write it: "6 tháng đầu năm 2026", "năm 2026". */
    public String span(int year) {
        return (this == MID_YEAR ? "6 tháng đầu năm " : "năm ") + year;
    }

    /** The purpose a round starts with, which the secretariat may rewrite. */
    public String defaultPurpose(int year) {
        return "Đánh giá kết quả thực hiện Đề án " + span(year) + " tại các phường; kịp thời biểu dương cách làm"
                + " hay, chấn chỉnh những tồn tại, hạn chế; làm cơ sở xét thi đua, khen thưởng.";
    }

    /** When a draft round opens for the secretariat unless configured otherwise: 1 June and 15 November. */
    public MonthDay defaultOpening() {
        return defaultOpening;
    }

    public String messageKey() {
        return "inspection.period." + name();
    }

    /** The round's title on screen, given the year. */
    public String titleKey() {
        return "inspection.round.title." + name();
    }
}
