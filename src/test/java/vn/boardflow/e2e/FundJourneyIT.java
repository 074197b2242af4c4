package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The city board's accountant makes a year's budget from Dự toán kinh phí and adds a line shared out to two wards,
 * typing the amounts as digits, then drafts its Quyết định phân bổ kinh phí and sends it; the reviewer agrees, the
 * leader signs it off, the clerk issues it and its Word file states the sum in words; the ward's officer, on a
 * phone, then finds the ward's share under Kinh phí của phường.
 */
class FundJourneyIT extends BrowserJourney {

    private static final String ACTIVITY = "Hội nghị sơ kết Đề án 6 tháng";
    private static final String DECISION = "Về việc phân bổ dự toán kinh phí năm 2031";

    @Test
    void theAccountantBudgetsALineAndTheWardSeesItsShareOnceDecided() throws Exception {
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "ketoan", "tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dự toán kinh phí")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập dự toán")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            // a year no test before this one has budgeted for the board
            dialog.getByLabel("Năm").fill("2031");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lập dự toán")).click();
            assertThat(page.locator("h1.view-title")).containsText("Dự toán kinh phí năm 2031");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm khoản chi")).click();
            Locator line = page.getByRole(AriaRole.DIALOG);
            line.getByLabel("Nội dung chi").fill(ACTIVITY);
            line.getByLabel("Mục, tiểu mục").fill("6658");
            page.getByRole(AriaRole.OPTION).first().click();
            Locator amount = line.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Số tiền dự toán"));
            amount.fill("30000000");
            amount.press("Tab");
            assertThat(amount).hasValue("30.000.000");
            assertThat(line.getByText("Ba mươi triệu đồng chẵn")).isVisible();
            Locator share = line.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Phường Phú Cường"));
            share.fill("12000000");
            share.press("Tab");
            assertThat(line.getByText("Còn phải phân bổ: 18.000.000 đ")).isVisible();
            Locator other = line.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Phường Phú Lợi"));
            other.fill("18000000");
            other.press("Tab");
            assertThat(line.getByText("Còn phải phân bổ: 0 đ")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("budget-line")).setFullPage(true));
            line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu khoản chi")).click();
            assertThat(page.getByText("Đã lưu dự toán.")).isVisible();
            assertThat(page.locator("#budget-lines vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(ACTIVITY)).first()).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập dự thảo Quyết định phân bổ"))
                    .click();
            assertThat(page.getByText("Quyết định phân bổ: Đang soạn")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình Quyết định phân bổ")).click();
            assertThat(page.getByText("Quyết định phân bổ: Đang xem xét")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("budget")).setFullPage(true));
        }
        agree(DECISION);
        try (BrowserContext context = desktop()) {
            signOff(signingQueue(context, DECISION));
        }
        String decision = issueAndDownload(DECISION, "quyet-dinh-phan-bo-kinh-phi-2031.docx");
        assertThat(decision).contains("QUYẾT ĐỊNH", DECISION,
                "30.000.000 đồng (Bằng chữ: Ba mươi triệu đồng chẵn)", "PHỤ LỤC", "Cộng Phường Phú Cường", ACTIVITY);
        try (BrowserContext context = phone()) {
            Page page = logIn(context, "phucuong", "tasks");
            page.locator("vaadin-drawer-toggle").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kinh phí của phường")).click();
            assertThat(page.locator("#ward-funds vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("12.000.000 đ")).first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("ward-funds-phone"))
                    .setFullPage(true));
        }
    }
}
