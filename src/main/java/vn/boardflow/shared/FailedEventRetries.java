package vn.boardflow.shared;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the publications whose listener failed (a mail server down, a Word file that could not be
 * written) to their listener again, every few minutes, until each succeeds or has failed
 * {@value #MAX_ATTEMPTS} times; what is left stays in {@code event_publication} for an operator.
 */
@Component
class FailedEventRetries {

    static final int MAX_ATTEMPTS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(FailedEventRetries.class);

    private final FailedEventPublications failed;
    private final Duration minAge;

    FailedEventRetries(FailedEventPublications failed,
                       @Value("${boardflow.events.retry-after:PT1M}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(initialDelayString = "${boardflow.events.retry-every:PT5M}",
            fixedDelayString = "${boardflow.events.retry-every:PT5M}")
    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge)
                    .withFilter(FailedEventRetries::worthRetrying));
        } catch (RuntimeException e) {
            LOG.warn("Could not resubmit failed event publications: {}", e.getMessage());
        }
    }

    static boolean worthRetrying(EventPublication publication) {
        return publication.getCompletionAttempts() < MAX_ATTEMPTS;
    }
}
