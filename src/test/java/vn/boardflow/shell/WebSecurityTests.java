package vn.boardflow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.boardflow.TestDatabase;

/**
 * Against the running server, as a browser meets it: the login needs the page's CSRF token, every page
 * carries the headers that keep a browser safe, and the session cookie stays on BoardFlow's own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "boardflow.demo-data=true")
@ActiveProfiles(resolver = TestDatabase.class)
class WebSecurityTests {

    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theLoginIsRefusedWithoutItsCsrfToken() throws Exception {
        String token = csrfToken(get("/login"));

        assertThat(logIn("username=duthao&password=BoardFlow%402026").statusCode()).isEqualTo(403);
        HttpResponse<String> signedIn = logIn("username=duthao&password=BoardFlow%402026&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    @Test
    void theLoginPageAndASignedInPageCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login");
        expectSecurityHeaders(login);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));

        HttpResponse<String> signedIn = logIn("username=duthao&password=BoardFlow%402026&_csrf="
                + URLEncoder.encode(csrfToken(login), StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        HttpResponse<String> plans = get("/plans");
        assertThat(plans.statusCode()).isEqualTo(200);
        expectSecurityHeaders(plans);
        assertThat(plans.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void strictTransportSecurityIsSentWhenAProxyServesBoardFlowOverHttps() throws Exception {
        HttpResponse<String> overHttps = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), BodyHandlers.ofString());

        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(overHttps.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    private static void expectSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(WebSecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> logIn(String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher token = CSRF_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the page carries its CSRF token").isTrue();
        return token.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
