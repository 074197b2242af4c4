package vn.boardflow.workflow.internal;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.flowable.common.engine.impl.util.TimeZoneUtil;

/**
 * The process engine's clock reads the application's {@link Clock}, so timers and due dates keep the same
 * time as the services (and follow the clock the tests give the application). A time set on it, as tests
 * do to fire timers, holds until it is reset.
 */
class EngineClock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock clock;
    private volatile Calendar fixed;

    EngineClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void setCurrentTime(Date currentTime) {
        if (currentTime == null) {
            reset();
            return;
        }
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        time.setTime(currentTime);
        fixed = time;
    }

    @Override
    public void setCurrentCalendar(Calendar currentTime) {
        fixed = currentTime;
    }

    @Override
    public void reset() {
        fixed = null;
    }

    @Override
    public Date getCurrentTime() {
        Calendar time = fixed;
        return time == null ? Date.from(clock.instant()) : time.getTime();
    }

    @Override
    public Calendar getCurrentCalendar() {
        Calendar time = fixed;
        if (time != null) {
            return (Calendar) time.clone();
        }
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        now.setTime(Date.from(clock.instant()));
        return now;
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        return TimeZoneUtil.convertToTimeZone(getCurrentCalendar(), timeZone);
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return getCurrentCalendar().getTimeZone();
    }
}
