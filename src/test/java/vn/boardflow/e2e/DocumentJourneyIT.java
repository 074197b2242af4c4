package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Year;
import java.util.regex.Pattern;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;

/**
 * The records clerk issues a plan to the wards from the saved distribution list and downloads the Word
 * file; the Phú Cường ward officer finds it unread among incoming documents, opens it, and it is read.
 */
class DocumentJourneyIT extends BrowserJourney {


    @Test
    void aClerkIssuesAPlanToTheWardsAndAWardOpensIt() throws Exception {
        String symbol;
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setAcceptDownloads(true))) {
            Page page = logIn(context, "vanthu", "documents");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành văn bản (BTC.ĐACN · Thủ Dầu Một)")).click();
            page.getByLabel("Trích yếu nội dung").fill("Kế hoạch kiểm tra việc thực hiện Đề án 6 tháng đầu năm");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nội dung").setExact(true)).fill("I. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả 6 tháng đầu năm.");
            page.getByLabel("Người ký").fill("Phạm Quốc Bảo");
            page.getByLabel("Danh sách nơi nhận có sẵn").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("BTC Đề án các phường")).click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("issue-dialog")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cấp số và ban hành")).click();

            // issuing renders the Word file, which takes longer than the assertion's default on a cold machine
            assertThat(page).hasURL(Pattern.compile(".*/documents/issued/\\d+$"),
                    new PageAssertions.HasURLOptions().setTimeout(20_000));
            symbol = page.locator("h1.view-title").textContent().strip();
            assertThat(symbol).matches("\\d{2,}/KH-BTC\\.ĐACN");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("document-page")).setFullPage(true));

            Download download = page.waitForDownload(() -> page.getByText("Tải văn bản").click());
            Path file = Path.of("target", "downloads", download.suggestedFilename());
            download.saveAs(file);
            assertThat(download.suggestedFilename()).endsWith("-KH-BTC.DACN-" + Year.now().getValue() + ".docx");
            String text = TextUtils.getText(WordprocessingMLPackage.load(file.toFile()).getMainDocumentPart()
                    .getJaxbElement());
            assertThat(text).contains("Số: " + symbol, "- Ban Tổ chức Đề án phường Phú Cường;", "- Lưu: VT.");
        }

        try (BrowserContext context = phone()) {
            Page page = logIn(context, "phucuong", "documents/incoming");
            assertThat(page.locator("h1.view-title")).hasText("Văn bản đến");
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(symbol)).first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("incoming-phone")).setFullPage(true));
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(symbol)).first().click();
            assertThat(page.locator("h1.view-title")).hasText(symbol);
        }
    }

    @Test
    void anAdministratorOpensTheCityBoardsIssuingBody() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900))) {
            Page page = logIn(context, "quantri", "admin/issuing-bodies");
            Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                    .setName("Tìm theo tên hoặc chữ viết tắt"));
            Locator body = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("BTC.ĐACN")).first();
            // the row vanishes and comes back, so the double click lands on the filtered grid, not on one being redrawn
            search.fill("không có cơ quan này");
            assertThat(body).isHidden();
            search.fill("btc.dacn");
            body.dblclick();
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Chữ viết tắt").setExact(true)))
                    .hasValue("BTC.ĐACN");
            assertThat(page.getByLabel("Tên cơ quan chủ quản")).hasValue("UBND THÀNH PHỐ THỦ DẦU MỘT");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("issuing-body-dialog")).setFullPage(true));
        }
    }
}
