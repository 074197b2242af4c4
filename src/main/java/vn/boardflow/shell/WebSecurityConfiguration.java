package vn.boardflow.shell;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: every page needs a signed-in user except the login page, static styles, the error page
 * (so a refused request is answered with its status) and the health probe; Vaadin sends anonymous visitors to {@link LoginView} and checks each view's access annotation.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfiguration {

    /**
     * What a Vaadin page needs and nothing more: Vaadin's bootstrap runs inline scripts and evaluates the
     * JavaScript its server-side components send, and its components set inline styles; everything else
     * comes from BoardFlow itself (process diagrams and photo previews as data or blob addresses).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/actuator/health/**", "/error").permitAll());
        // Vaadin's own requests carry its per-UI security key; the login form posts the page's CSRF token,
        // which Vaadin's default configuration would not require.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // sent only over HTTPS, as the standard requires; not for the whole domain, which a board
                // often shares with sites it does not run
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(false))
                .frameOptions(frames -> frames.sameOrigin())
                // Vaadin answers a page through a forward, which commits the response past the filter's
                // wrapper, so headers written on commit would never be sent
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }
}
