package vn.boardflow.workflow.internal;

import java.time.Clock;
import java.util.Map;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DueDateBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessEngineSettings {

    /**
     * The engine's clock, on the application's, which tests move to fire timers. Processes read it as
     * {@code ${engineClock.currentTime}} when they need the time a timer fired at.
     */
    @Bean
    EngineClock engineClock(Clock clock) {
        return new EngineClock(clock);
    }

    /**
     * Flowable's own calendars plus {@link WorkingDaysCalendar}, all on one clock that the engine uses
     * too: replacing the manager drops the defaults, so they are registered again here.
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> workingDaysCalendar(EngineClock clock) {
        return configuration -> {
            configuration.setClock(clock);
            configuration.setBusinessCalendarManager(new MapBusinessCalendarManager(Map.of(
                    DurationBusinessCalendar.NAME, new DurationBusinessCalendar(clock),
                    DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar(clock),
                    CycleBusinessCalendar.NAME, new CycleBusinessCalendar(clock),
                    WorkingDaysCalendar.NAME, new WorkingDaysCalendar(clock))));
        };
    }
}
