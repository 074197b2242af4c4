package vn.boardflow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.boardflow.KaribuTest;

/** Idle sessions end after 30 minutes, and an open tab's heartbeat does not keep them alive. */
class SessionPolicyTest extends KaribuTest {

    @Autowired
    Environment environment;

    @Test
    void idleSessionsCloseEvenWhileATabStaysOpen() {
        var configuration = VaadinService.getCurrent().getDeploymentConfiguration();

        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(Duration.ofSeconds(configuration.getHeartbeatInterval())).isLessThan(Duration.ofMinutes(30));
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
    }
}
