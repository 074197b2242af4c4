package vn.boardflow.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every module shares: the clock, and how events travel. Listeners annotated
 * {@code @ApplicationModuleListener} run after the commit on a thread of their own (asynchronous), the
 * event publication registry keeping each publication until its listener succeeds; {@link FailedEventRetries}
 * tries the failed ones again.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class SharedConfiguration {

    /** "Today" is a date in Vietnam, wherever the server runs; tests replace this clock. */
    @Bean
    Clock clock() {
        return Clock.system(VietnameseDates.ZONE);
    }
}
