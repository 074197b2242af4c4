package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A month of the city board's reports in Chromium: the secretariat creates the monthly form and opens the month,
 * the ward officer of Phú Cường enters and sends the report on a 390 × 844 phone from Báo cáo của tôi, the
 * secretariat returns it from Việc của tôi, the ward sends it again and the secretariat accepts it, then drafts the
 * city's report of the month, which is reviewed, signed off and issued (its Word file kept under target/samples);
 * the city's own report on the province's form, written from it, is sent and accepted by the provincial
 * secretariat, who finds the Báo cáo among its incoming documents; the dashboard, from the side menu, then draws
 * the month against the plan.
 */
class ReportJourneyIT extends BrowserJourney {

    private static final String FORM = "Báo cáo tháng kết quả thực hiện Đề án";
    private static final String PROVINCE_FORM = "Báo cáo tháng kết quả thực hiện Đề án của các thành phố";

    @Test
    void aWardReportsOnItsPhoneIsReturnedThenAcceptedAndTheDashboardDrawsIt() throws Exception {
        String month = openTheMonth();
        sendFromThePhone(month, false);
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "duthao", FORM + " — " + month);
            step(page, "Trả lại để bổ sung", "Bổ sung số liệu chi hội mới thành lập.");
        }
        sendFromThePhone(month, true);
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "duthao", FORM + " — " + month);
            accept(page);
            draftTheCityReport(page, month);
        }
        agree(summary(month));
        try (BrowserContext context = desktop()) {
            Page page = signingQueue(context, summary(month));
            assertThat(page.frameLocator("iframe.draft-page-preview").getByText("Phú Cường").first()).isVisible();
            signOff(page);
        }
        String text = issueAndDownload(summary(month), "bao-cao-tong-hop-thang.docx");
        assertThat(text).containsPattern("Số: \\d{2,}/BC-BTC\\.ĐACN");
        assertThat(text).contains("BÁO CÁO", summary(month), "Phường Phú Cường", "Phạm Quốc Bảo",
                "- Tổ Thư ký Đề án tỉnh;");
        theProvinceReceivesTheCitysMonth(month);
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "duthao", "tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Theo dõi chỉ tiêu")).click();
            assertThat(page.locator("h1.view-title")).hasText("Theo dõi chỉ tiêu");
            Locator form = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Mẫu báo cáo"));
            form.fill(FORM + " — BTC.ĐACN");
            // the newest of the board's forms of that name, should earlier runs have left one
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(FORM + " — BTC.ĐACN")).last().click();
            assertThat(page.locator("img.dashboard-chart")).hasCount(3);
            page.waitForFunction("() => [...document.querySelectorAll('img.dashboard-chart')]"
                    + ".every(img => img.complete && img.naturalWidth > 0)");
            assertThat(page.locator("#dashboard-units vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("Phú Cường")).first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("report-dashboard"))
                    .setFullPage(true));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("report-dashboard-phone"))
                    .setFullPage(true));
        }
    }

    /**
     * From the report just accepted to the whole month, where the secretariat drafts the city's report without
     * the wards that have not reported, and sends it on the document route.
     */
    private static void draftTheCityReport(Page page, String month) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cả kỳ " + month + " của các đơn vị")).click();
        assertThat(page.locator("h1.view-title")).hasText(FORM + " · " + month);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Trích yếu báo cáo tổng hợp"))
                .fill(summary(month));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soạn báo cáo tổng hợp")).click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("chưa được tiếp nhận báo cáo");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Soạn báo cáo tổng hợp")).click();
        assertThat(page.getByText("Đã soạn dự thảo báo cáo tổng hợp; dự thảo đi theo quy trình trình ký.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("report-consolidation"))
                .setFullPage(true));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mở dự thảo báo cáo tổng hợp")).click();
        assertThat(page.locator("h1.view-title")).hasText(summary(month));
        submit(page);
    }

    /**
     * The city's own report of the month on the province's form, written from its issued report, is sent by the
     * secretariat from Báo cáo của tôi; the provincial secretariat accepts it from Việc của tôi, and finds the city's
     * Báo cáo in Văn bản đến.
     */
    private void theProvinceReceivesTheCitysMonth(String month) {
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "duthao", "tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo của tôi")).click();
            // the secretariat reports for its board, and for the boards of tests before this one
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm theo mẫu, kỳ, đơn vị"))
                    .fill("cac thanh pho " + month + " doan ket tap hop");
            Locator report = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(PROVINCE_FORM)).first();
            assertThat(report).isVisible();
            report.click();
            assertThat(page.getByText("Báo cáo " + month + " · " + PROVINCE_FORM)).isVisible();
            // the city's totals written in
            assertThat(page.getByRole(AriaRole.SPINBUTTON).first()).not().hasValue("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo").setExact(true)).click();
            page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Gửi báo cáo")).click();
            assertThat(page.getByText("Đã gửi báo cáo.")).isVisible();
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "tinh", PROVINCE_FORM + " — " + month);
            accept(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản đến")).click();
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(summary(month))).first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("report-province-incoming"))
                    .setFullPage(true));
        }
    }

    private static void accept(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận báo cáo").setExact(true))
                .click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tiếp nhận báo cáo")).click();
        assertThat(page.getByText("Đã tiếp nhận báo cáo.")).isVisible();
    }

    private static String summary(String month) {
        return "Kết quả thực hiện Đề án " + month + " của Ban Tổ chức Đề án các phường";
    }

    /**
     * From Báo cáo định kỳ: the form from the plan's targets, then this month opened for every ward; and the same
     * month of the province's form, which the provincial secretariat makes.
     */
    private String openTheMonth() {
        String month;
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "duthao", "tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo định kỳ")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo mẫu báo cáo")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            // tests before this one may have added boards the secretariat also keeps forms for
            dialog.getByLabel("Cơ quan ban hành mẫu").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ban Tổ chức Đề án đoàn kết tập hợp TNCN"))
                    .click();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo mẫu")).click();
            assertThat(dialog).hasCount(0);
            // the new form opens at this month, not yet opened for its wards
            Locator title = page.locator("h1.view-title");
            assertThat(title).hasText(Pattern.compile("^" + FORM + " · tháng \\d{1,2}/\\d{4}$"));
            month = title.textContent().substring((FORM + " · ").length()).strip();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở kỳ báo cáo này")).click();
            // tests before this one may have put their wards below the board's: the ward is looked for
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm đơn vị")).fill("phu cuong");
            assertThat(page.locator("#period-reports vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("Phú Cường")).first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("report-period")).setFullPage(true));
        }
        // the provincial secretariat makes the province's form, which the city board (now keeping one) reports on
        try (BrowserContext context = desktop()) {
            Page page = logIn(context, "tinh", "tasks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo định kỳ")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo mẫu báo cáo")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Tên mẫu báo cáo").fill(PROVINCE_FORM);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo mẫu")).click();
            assertThat(dialog).hasCount(0);
            assertThat(page.locator("h1.view-title")).hasText(PROVINCE_FORM + " · " + month);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở kỳ báo cáo này")).click();
            // proposed with every board that keeps forms, those of tests before this one too
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm đơn vị")).fill("ban to chuc de an");
            assertThat(page.locator("#period-reports vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("Ban Tổ chức Đề án đoàn kết tập hợp TNCN")).first()).isVisible();
        }
        return month;
    }

    /** The ward officer fills every figure and the required sections on the phone, and sends the report. */
    private void sendFromThePhone(String month, boolean again) {
        try (BrowserContext context = phone()) {
            Page page = logIn(context, "phucuong", "tasks");
            page.locator("vaadin-drawer-toggle").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo của tôi")).click();
            assertThat(page.locator("h1.view-title")).hasText("Báo cáo của tôi");
            // the menu closes over the list: the row is tapped once the drawer is gone
            assertThat(page.locator("vaadin-app-layout[overlay][drawer-opened]")).hasCount(0);
            Locator report = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(month)).first();
            assertThat(report).isVisible();
            report.click();
            assertThat(page.getByText("Báo cáo " + month + " · " + FORM)).isVisible();
            if (again) {
                assertThat(page.getByText("Tổ Thư ký trả lại: Bổ sung số liệu chi hội mới thành lập.")).isVisible();
            }
            Locator figures = page.getByRole(AriaRole.SPINBUTTON);
            for (int i = 0; i < figures.count(); i++) {
                figures.nth(i).fill(String.valueOf(again ? 6 + i : 3 + i));
            }
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("II. Đánh giá — Ưu điểm"))
                    .fill("Các chi hội nhà trọ sinh hoạt đều đặn.");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("III. Phương hướng tháng tới"))
                    .fill("Thành lập thêm chi hội tại khu nhà trọ Hiệp Thành.");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(again ? "report-phone-again"
                    : "report-phone")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo").setExact(true)).click();
            page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Gửi báo cáo")).click();
            assertThat(page.getByText("Đã gửi báo cáo.")).isVisible();
        }
    }
}
