package vn.boardflow.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese officials write them: {@code dd/MM/yyyy} on screen, in the time zone of Vietnam. */
public final class VietnameseDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VietnameseDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * The date line of an official document, "Thủ Dầu Một, ngày 05 tháng 01 năm 2018": days below 10 and
     * the months January and February take a leading zero, the other months do not (Nghị định 30).
     */
    public static String documentDate(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }

    /** "ngày 05 tháng 01 năm 2018": days below 10 and months 1–2 with a leading 0, as documents write them. */
    public static String longDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(instant, ZONE));
    }
}
