package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo drafter in a real Chromium: logs in, sees the inbox, switches to English and back, logs
 * out; and the same pages at phone width. Screenshots go to {@code target/screenshots/}.
 */
class ShellJourneyIT extends BrowserJourney {


    private static void chooseInUserMenu(Page page, String item) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Tài khoản")
                .setExact(false)).or(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Account")
                .setExact(false))).first().click();
        page.getByRole(AriaRole.MENUITEMCHECKBOX, new Page.GetByRoleOptions().setName(item))
                .or(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item))).first().click();
    }

    @Test
    void theDrafterLogsInSeesTheInboxSwitchesLanguageAndLogsOut() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800))) {
            Page page = logIn(context, "duthao", "tasks");

            assertThat(page).hasURL(Pattern.compile(".*/tasks(\\?continue)?$"));
            assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
            assertThat(page.locator("vaadin-grid")).isVisible();
            assertThat(page.getByText("Chỉ hiện việc quá hạn")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("inbox-vi")).setFullPage(true));

            chooseInUserMenu(page, "English");
            assertThat(page.locator("h1.view-title")).hasText("My tasks");
            assertThat(page.getByText("Overdue only")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("inbox-en")).setFullPage(true));

            chooseInUserMenu(page, "Tiếng Việt");
            assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");

            chooseInUserMenu(page, "Đăng xuất");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("logged-out")));
        }
    }

    @Test
    void theInboxAndHomePageFitAPhoneScreen() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            Page page = logIn(context, "phucuong", "tasks");

            assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
            page.navigate("http://localhost:" + port + "/");
            assertThat(page.getByText("Xin chào, Bùi Thị Ngọc")).isVisible();
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("home-phone")).setFullPage(true));

            Locator menuToggle = page.locator("vaadin-drawer-toggle");
            assertThat(menuToggle).isVisible();
            menuToggle.click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Việc của tôi")).click();
            assertThat(page).hasURL(Pattern.compile(".*/tasks(\\?continue)?$"));
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("inbox-phone")).setFullPage(true));
        }
    }

    private static int pageWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void theAdministratorFindsUnitsUsersAndTheAuditLog() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900))) {
            Page page = logIn(context, "quantri", "tasks");
            assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn vị")).click();
            assertThat(page.locator("h1.view-title")).hasText("Đơn vị");
            assertThat(page.getByText("Ban Tổ chức Đề án đoàn kết tập hợp TNCN").first()).isVisible();
            page.locator("input[placeholder=\"Tìm đơn vị (không cần dấu)\"]").fill("phu loi");
            assertThat(page.getByText("Ban Tổ chức Đề án phường Phú Lợi").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("units-search")));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Người dùng")).click();
            // the other tests add users to a shared database, so the administrator searches as anyone would
            assertThat(page.locator("h1.view-title")).hasText("Người dùng");
            page.locator("input[placeholder=\"Tìm theo tên, tên đăng nhập, thư điện tử (không cần dấu)\"]").fill("thu ha");
            assertThat(page.getByText("Trần Thị Thu Hà").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("users")));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký hệ thống")).click();
            page.getByLabel("Mã đối tượng").fill("demo");
            assertThat(page.getByText("Nạp dữ liệu mẫu")).hasCount(1);
            assertThat(page.getByText("Nạp dữ liệu mẫu")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("audit-log")));
        }
    }
}
