package vn.boardflow.workflow.internal;

import java.time.DayOfWeek;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.runtime.ClockReader;
import vn.boardflow.shared.VietnameseDates;

/**
 * Flowable's business calendar {@code workingDays}: a timer of {@code P3D} falls due three working days
 * later at the same time of day, skipping Saturdays and Sundays, on Vietnam's clock. It reads Flowable's
 * clock, so tests move time by setting that clock.
 */
class WorkingDaysCalendar extends BusinessCalendarImpl {

    static final String NAME = "workingDays";

    WorkingDaysCalendar(ClockReader clockReader) {
        super(clockReader);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, int maxIterations) {
        int days = workingDays(duedateDescription);
        ZonedDateTime due = clockReader.getCurrentTime().toInstant().atZone(VietnameseDates.ZONE);
        for (int added = 0; added < days; ) {
            due = due.plusDays(1);
            if (isWorkingDay(due)) {
                added++;
            }
        }
        return Date.from(due.toInstant());
    }

    static boolean isWorkingDay(ZonedDateTime time) {
        return time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static int workingDays(String description) {
        try {
            Period period = Period.parse(description.strip());
            if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() < 0) {
                throw new FlowableIllegalArgumentException("Working days are given in days, e.g. P3D: " + description);
            }
            return period.getDays();
        } catch (DateTimeParseException e) {
            throw new FlowableIllegalArgumentException("Working days are given in days, e.g. P3D: " + description, e);
        }
    }
}
