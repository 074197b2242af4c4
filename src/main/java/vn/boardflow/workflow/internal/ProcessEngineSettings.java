package vn.boardflow.workflow.internal;

import java.util.Map;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DueDateBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessEngineSettings {

    /**
     * Flowable's own calendars plus {@link WorkingDaysCalendar}, all on one clock that the engine uses
     * too: replacing the manager drops the defaults, so they are registered again here.
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> workingDaysCalendar() {
        return configuration -> {
            DefaultClockImpl clock = new DefaultClockImpl();
            configuration.setClock(clock);
            configuration.setBusinessCalendarManager(new MapBusinessCalendarManager(Map.of(
                    DurationBusinessCalendar.NAME, new DurationBusinessCalendar(clock),
                    DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar(clock),
                    CycleBusinessCalendar.NAME, new CycleBusinessCalendar(clock),
                    WorkingDaysCalendar.NAME, new WorkingDaysCalendar(clock))));
        };
    }
}
