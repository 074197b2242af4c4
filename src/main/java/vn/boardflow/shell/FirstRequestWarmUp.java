package vn.boardflow.shell;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Once the application is ready, off the request threads, the server asks itself for the login page, its
 * UI and the navigation to the login view as a browser would, and checks a throwaway password, so the
 * first person reaches the login form at the pace of the second.
 */
@Component
class FirstRequestWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRequestWarmUp.class);
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

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
                String init = client.send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=login")).build(),
                        BodyHandlers.ofString()).body();
                navigateToLogin(client, base, init);
            } catch (IOException | InterruptedException e) {
                LOG.info("Warm-up request not answered ({}); the first visitor will wait a little longer", e.toString());
            }
        });
    }

    /**
     * The browser's first message to its new UI: navigating to the login view, which builds the view and
     * runs the router, as the first signed-in page will too.
     */
    private static void navigateToLogin(HttpClient client, URI base, String init)
            throws IOException, InterruptedException {
        Matcher ui = UI_ID.matcher(init);
        Matcher key = SECURITY_KEY.matcher(init);
        if (!ui.find() || !key.find()) {
            return;
        }
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/login",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1));
        client.send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), BodyHandlers.discarding());
    }
}
