package vn.boardflow.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** "Today" is a date in Vietnam, wherever the server runs; tests replace this clock. */
    @Bean
    Clock clock() {
        return Clock.system(VietnameseDates.ZONE);
    }
}
