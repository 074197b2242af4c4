package vn.boardflow;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.boardflow.shared.VietnameseDates;

/**
 * The application's clock in integration tests: it starts at 08:00 on Monday 2 March 2026 in Vietnam and
 * runs from there, so no test depends on the day it runs, and what happens later is still later.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, VietnameseDates.ZONE);

    @Bean
    @Primary
    Clock testClock() {
        Clock system = Clock.system(VietnameseDates.ZONE);
        return Clock.offset(system, Duration.between(system.instant(), START.toInstant()));
    }
}
