package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer meets on a fresh start: BoardFlow itself, not Vaadin's development tools, under its
 * content security policy; a Vietnamese page for what they may not open; upload widgets in Vietnamese
 * that refuse an oversized file; and a form that Enter in a date field does not submit half filled.
 */
class FirstRunIT extends BrowserJourney {

    @Test
    void theProductShowsNoDevelopmentToolsAndNothingBreaksItsSecurityPolicy() {
        try (BrowserContext context = desktop()) {
            List<String> console = new ArrayList<>();
            context.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
            Page page = logIn(context, "duthao", "tasks");
            assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kế hoạch năm")).click();
            assertThat(page.locator("h1.view-title")).hasText("Kế hoạch năm");

            assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
            assertThat(page.getByText("development mode")).hasCount(0);
            assertThat(console).noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused to"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("first-run-plans")));
        }
    }

    @Test
    void aPageTheRoleMayNotOpenSaysSoAndLeadsHome() {
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "phucuong", "tasks");
            assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
            // a link someone shared: the ward officer may not administer users
            page.navigate("http://localhost:" + port + "/admin/users");

            assertThat(page.locator("h1.view-title")).hasText("Không có quyền mở trang này");
            assertThat(page.getByText("Trang này dành cho người giữ vai trò phù hợp")).isVisible();
            assertThat(page.getByText("Could not navigate")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("not-allowed")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Về trang chủ")).click();
            assertThat(page.getByText("Xin chào, Bùi Thị Ngọc")).isVisible();
        }
    }

    @Test
    void theUploadSpeaksVietnameseAndRefusesAFileOverItsLimit() throws Exception {
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "vanthu", "tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiểm tra thể thức")).click();
            Locator upload = page.locator("vaadin-upload");
            assertThat(upload.getByText("Chọn tệp…")).isVisible();
            assertThat(upload.getByText("Kéo thả tệp vào đây")).isVisible();
            assertThat(upload.getByText("Upload File")).hasCount(0);

            Path large = Files.createDirectories(Path.of("target", "uploads")).resolve("qua-lon.docx");
            Files.write(large, new byte[3 * 1024 * 1024]);
            upload.locator("input[type=file]").setInputFiles(large);

            assertThat(page.getByText("Chỉ nhận tệp .docx không lớn quá 2 MB.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("upload-refused")));
        }
    }

    @Test
    void enterInTheDateFieldDoesNotSubmitANewUnitHalfFilled() {
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "quantri", "tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn vị")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đơn vị")).click();
            Locator date = page.getByLabel("Ngày hiệu lực");
            date.fill("01/06/2026");
            date.press("Enter");

            // the dialog stays open for the names
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đầy đủ"))).isVisible();
            assertThat(page.getByText("Vui lòng nhập tên đơn vị.")).hasCount(0);
            assertThat(page.getByText("Đã thêm đơn vị.")).hasCount(0);
        }
    }
}
