package vn.boardflow.shared;

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

    public static String format(java.time.Instant instant) {
        return instant == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(instant, ZONE));
    }
}
