package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/** The failed publications go back to their listeners once they are a minute old, until they failed ten times. */
class FailedEventRetriesTest {

    final FailedEventPublications failed = mock(FailedEventPublications.class);

    @Test
    void resubmitsTheFailedPublicationsOldEnoughThatHaveNotFailedTooOften() {
        new FailedEventRetries(failed, Duration.ofMinutes(1)).retry();

        ArgumentCaptor<ResubmissionOptions> options = ArgumentCaptor.forClass(ResubmissionOptions.class);
        verify(failed).resubmit(options.capture());
        assertThat(options.getValue().getMinAge()).isEqualTo(Duration.ofMinutes(1));
        assertThat(options.getValue().getFilter().test(failedTimes(FailedEventRetries.MAX_ATTEMPTS - 1))).isTrue();
        assertThat(options.getValue().getFilter().test(failedTimes(FailedEventRetries.MAX_ATTEMPTS))).isFalse();
    }

    @Test
    void aRegistryThatCannotBeReadNowIsTriedAtTheNextRound() {
        doThrow(new IllegalStateException("cơ sở dữ liệu bận")).when(failed).resubmit(any());

        new FailedEventRetries(failed, Duration.ofMinutes(1)).retry();

        verify(failed).resubmit(any());
    }

    private static EventPublication failedTimes(int attempts) {
        EventPublication publication = mock(EventPublication.class);
        when(publication.getCompletionAttempts()).thenReturn(attempts);
        return publication;
    }
}
