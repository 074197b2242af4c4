package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.boardflow.TestDatabase;

/**
 * A journey through the running application in Debian's Chromium, with the demo organisation, configured
 * as {@code mvn spring-boot:run} starts it. Each test class gets one browser; each user signs in through the
 * login page as a person would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "boardflow.demo-data=true")
@ActiveProfiles(resolver = TestDatabase.class)
abstract class BrowserJourney {

    static final String DEMO_PASSWORD = "BoardFlow@2026";

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    /** Opens {@code path}, which sends the anonymous visitor to the login page, and signs in there. */
    Page logIn(BrowserContext context, String username, String path) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/" + path);
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        return page;
    }

    /** Việc của tôi lists the task under its subject; a double click opens the screen of its step. */
    Page fromInbox(BrowserContext context, String username, String subject) {
        Page page = logIn(context, username, "tasks");
        assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
        Locator task = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(subject))
                .first();
        // the grid fills its rows after the page shows: the row is clicked once it is in view
        assertThat(task).isVisible();
        task.scrollIntoViewIfNeeded();
        task.dblclick();
        assertThat(page.locator("h1.view-title")).not().hasText("Việc của tôi");
        return page;
    }

    /** Takes a step that opens a comment dialog whose confirm button repeats the step's name. */
    static void step(Page page, String name, String comment) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        if (comment != null) {
            dialog.getByRole(AriaRole.TEXTBOX).fill(comment);
        }
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(dialog).hasCount(0);
    }
}
