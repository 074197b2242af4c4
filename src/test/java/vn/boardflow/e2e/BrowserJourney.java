package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.boardflow.Samples;
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
        // the grid fills its rows after the page shows; a long inbox is scrolled through, as its user would, until
        // the row is in view
        Locator grid = page.locator("vaadin-grid").first();
        assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible();
        int rows = ((Number) grid.evaluate("grid => grid.size")).intValue();
        for (int row = 0; row < rows && !task.isVisible(); row += 10) {
            grid.evaluate("(grid, row) => grid.scrollToIndex(row)", row);
            page.waitForTimeout(150);
        }
        assertThat(task).isVisible();
        task.scrollIntoViewIfNeeded();
        task.dblclick();
        // a step's screen may render its document first (a plan's review, its changes), slow on a busy machine
        assertThat(page.locator("h1.view-title")).not().hasText("Việc của tôi",
                new LocatorAssertions.HasTextOptions().setTimeout(20_000));
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

    /** Submits the draft open on its page to the first step of its route. */
    static void submit(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình").setExact(true)).click();
        assertThat(page.getByText("Đã trình dự thảo.")).isVisible();
    }

    /** The reviewer agrees from Việc của tôi. */
    void agree(String summary) {
        try (BrowserContext context = desktop()) {
            step(fromInbox(context, "xemxet", summary), "Đồng ý", null);
        }
    }

    /** The leader's Trình ký from the side menu, with the draft of that summary chosen and read. */
    Page signingQueue(BrowserContext context, String summary) {
        Page page = logIn(context, "lanhdao", "tasks");
        assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trình ký")).click();
        choose(page, summary);
        return page;
    }

    /** Picks the draft in the leader's queue, and waits until it is the one read, its buttons the ones to press. */
    static void choose(Page page, String summary) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(summary)).click();
        assertThat(page.locator(".signing-reading h3").first()).hasText(summary);
    }

    /** Signs off the version read; rendering and checking it can take a while on a busy machine. */
    static void signOff(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Ký duyệt bản \\d+$")))
                .click();
        assertThat(page.getByText("Đã ký duyệt; dự thảo chuyển văn thư ban hành.")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }

    /** The clerk issues from Việc của tôi, downloads the Word file, keeps it as a sample and reads its text. */
    String issueAndDownload(String summary, String sampleName) throws Exception {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setAcceptDownloads(true))) {
            Page page = fromInbox(context, "vanthu", summary);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành").setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cấp số và ban hành")).click();
            Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Tải văn bản .+ \\(\\.docx\\)$")));
            // numbering and rendering the Word file can take a while on a cold machine
            assertThat(link).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(sampleName.replace(".docx", "")
                    + "-issued")).setFullPage(true));
            Download download = page.waitForDownload(link::click);
            Path file = Path.of("target", "downloads", download.suggestedFilename());
            download.saveAs(file);
            Samples.write(sampleName, Files.readAllBytes(file));
            return TextUtils.getText(WordprocessingMLPackage.load(file.toFile()).getMainDocumentPart().getJaxbElement());
        }
    }

    BrowserContext desktop() {
        return chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /** A phone's screen, 390 × 844, as the wards' officers and the inspectors hold it. */
    BrowserContext phone() {
        return chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setAcceptDownloads(true));
    }
}
