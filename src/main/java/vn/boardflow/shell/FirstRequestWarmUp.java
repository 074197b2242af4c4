package vn.boardflow.shell;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * After a start the first visitor waited for what nobody had used yet: Tomcat's first request, Vaadin's
 * page bootstrap, the first build of a UI and its login view, and the password encoder's first check.
 * Once the application is ready, off the request threads, the server asks itself for the login page and
 * its UI as a browser would, and checks a throwaway password, so the first person signs in at the pace
 * of the second.
 */
@Component
class FirstRequestWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRequestWarmUp.class);

    private final PasswordEncoder passwords;

    FirstRequestWarmUp(PasswordEncoder passwords) {
        this.passwords = passwords;
    }

    @EventListener
    void warmUp(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        Thread.ofPlatform().daemon().name("first-request-warm-up").start(() -> {
            passwords.matches("warm-up", passwords.encode("warm-up"));
            try (HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build()) {
                URI base = URI.create("http://localhost:" + port + "/");
                client.send(HttpRequest.newBuilder(base.resolve("login")).build(), BodyHandlers.discarding());
                client.send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=login")).build(),
                        BodyHandlers.discarding());
            } catch (IOException | InterruptedException e) {
                LOG.info("Warm-up request not answered ({}); the first visitor will wait a little longer", e.toString());
            }
        });
    }
}
