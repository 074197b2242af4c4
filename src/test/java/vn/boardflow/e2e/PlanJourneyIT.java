package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Section;
import vn.boardflow.document.Seed004Plan;

/**
 * The 2018 plan of seed 004 from draft to issuance in Chromium, each person entering from Việc của tôi or the side
 * menu: the drafter writes it and splits its targets across the 14 wards, the reviewer returns it once from the
 * draft's page, the drafter completes it on the plan's, the reviewer sees what changed and agrees, the leader signs
 * off, the clerk issues it (01/KH-BTC.ĐACN on a fresh register), and the drafter downloads the Word file, whose number, targets and
 * "Nơi nhận" the test reads back, and reads the route's diagram on a desktop and a phone.
 */
class PlanJourneyIT extends BrowserJourney {

    static final List<String> WARDS = List.of("Phú Cường", "Hiệp Thành", "Phú Lợi", "Phú Hòa", "Phú Thọ",
            "Chánh Nghĩa", "Định Hòa", "Hòa Phú", "Phú Mỹ", "Phú Tân", "Tân An", "Hiệp An", "Tương Bình Hiệp",
            "Chánh Mỹ");

    /** The city's 2018 targets of seed 004 and, for those the wards share, each ward's share in WARDS order. */
    static final Map<String, int[]> SHARES = new LinkedHashMap<>();
    static final Map<String, Integer> CITY = new LinkedHashMap<>();

    static {
        city("Chi đoàn, chi hội được duy trì, nâng cao chất lượng sinh hoạt", 295,
                30, 25, 22, 20, 24, 18, 21, 19, 23, 20, 22, 17, 18, 16);
        city("Tập huấn kỹ năng cho cán bộ Đề án, lực lượng nòng cốt", 1);
        city("Đoàn viên ưu tú được giới thiệu sang Đảng", 2);
        city("Lực lượng nòng cốt được xây dựng, củng cố", 18, 2, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 2, 1);
        city("Chi hội thanh niên công nhân thành lập mới", 12, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0);
        city("Chi đoàn, chi hội ngoài doanh nghiệp nhà nước thành lập mới", 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        city("Chi đoàn thanh niên xa quê thành lập mới", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        city("Hội viên phát triển mới", 850, 70, 65, 60, 55, 60, 60, 60, 65, 60, 60, 55, 60, 60, 60);
        city("Đoàn viên phát triển mới", 195, 15, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 12);
    }

    private static void city(String indicator, int value, int... shares) {
        CITY.put(indicator, value);
        if (shares.length > 0) {
            SHARES.put(indicator, shares);
        }
    }

    @Test
    void theSeedPlanIsDraftedReturnedApprovedSignedIssuedAndDownloaded() throws Exception {
        draftAndSubmit();
        try (BrowserContext context = desktop()) {
            step(fromInbox(context, "xemxet", Seed004Plan.SUMMARY), "Trả lại", "Bổ sung đoạn kết của kế hoạch.");
        }
        completeAsReturned();
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "xemxet", Seed004Plan.SUMMARY);
            // what changed since the reviewer returned it: the closing the drafter added
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("Kết thúc")).first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("plan-draft-review")).setFullPage(true));
            step(page, "Đồng ý", "Đồng ý, trình Trưởng ban.");
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "lanhdao", Seed004Plan.SUMMARY);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Ký duyệt bản \\d+$")))
                    .click();
            assertThat(page.getByText("Chờ ban hành").first()).isVisible();
        }
        checkTheDownload(issue());
    }

    /** From the side menu's Kế hoạch năm, the 2018 plan of seed 004, written and sent for review. */
    private void draftAndSubmit() {
        try (BrowserContext context = desktop()) {
            Page page = plansFromMenu(context);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo kế hoạch")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            // tests before this one may have added boards the secretariat also drafts for
            dialog.getByLabel("Cơ quan ban hành").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ban Tổ chức Đề án đoàn kết tập hợp TNCN"))
                    .click();
            dialog.getByRole(AriaRole.SPINBUTTON, new Locator.GetByRoleOptions().setName("Năm kế hoạch")).fill("2018");
            assertThat(dialog.getByText("Sao chép từ kế hoạch năm trước")).isHidden();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo dự thảo")).click();
            assertThat(page.locator("h1.view-title")).hasText("Kế hoạch năm 2018");

            textbox(page, "Đề án").fill("Đề án “Đoàn kết, tập hợp Thanh niên công nhân Bình Dương giai đoạn 2016 - 2020”");
            textbox(page, "Trích yếu").fill(Seed004Plan.SUMMARY);
            textbox(page, "Căn cứ").fill(String.join("\n", Seed004Plan.LEGAL_BASES));
            textbox(page, "Lời mở đầu").fill(Seed004Plan.PREAMBLE);
            textbox(page, "Mục tiêu chung").fill(String.join("\n", bulletsOf("I")));
            fillSections(page, "II");
            fillSections(page, "III");
            textbox(page, "Người ký").fill("Phạm Quốc Bảo");
            for (String recipient : Seed004Plan.RECIPIENTS.subList(0, 6)) {
                textbox(page, "Nơi nhận khác").fill(recipient);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm").setExact(true)).click();
                assertThat(page.getByText("- " + recipient + ";")).isVisible();
            }
            page.getByLabel("Thêm từ danh sách").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("BTC Đề án các phường")).click();
            assertThat(page.getByText("- BTC Đề án phường Phú Lợi;")).isVisible();

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chỉ tiêu")).click();
            CITY.forEach((indicator, value) -> number(page, indicator).fill(String.valueOf(value)));
            SHARES.forEach((indicator, shares) -> {
                for (int ward = 0; ward < WARDS.size(); ward++) {
                    number(page, "Phường " + WARDS.get(ward) + " — " + indicator).fill(String.valueOf(shares[ward]));
                }
            });
            number(page, "Phường Chánh Mỹ — Hội viên phát triển mới").press("Tab");
            assertThat(page.locator(".remaining").filter(new Locator.FilterOptions().setHasText("Còn thiếu"))).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("plan-editor-targets")).setFullPage(true));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nội dung")).click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("plan-editor")).setFullPage(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình duyệt")).click();
            assertThat(page.getByText("Đang xem xét").first()).isVisible();
        }
    }

    /** The returned plan's task opens the plan, where the drafter adds its closing and sends it again. */
    private void completeAsReturned() {
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "duthao", Seed004Plan.SUMMARY);
            assertThat(page.locator("h1.view-title")).hasText("Kế hoạch năm 2018");
            assertThat(page.getByText("Kế hoạch bị trả lại với ý kiến: «Bổ sung đoạn kết của kế hoạch.»")).isVisible();
            textbox(page, "Đoạn kết").fill(Seed004Plan.CLOSING);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình duyệt")).click();
            assertThat(page.getByText("Đang xem xét").first()).isVisible();
        }
    }

    private Page plansFromMenu(BrowserContext context) {
        Page page = logIn(context, "duthao", "tasks");
        assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kế hoạch năm")).click();
        assertThat(page.locator("h1.view-title")).hasText("Kế hoạch năm");
        return page;
    }

    /** @return the number the register gave: the first of the year on a fresh register, later where tests share it */
    private String issue() {
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "vanthu", Seed004Plan.SUMMARY);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành").setExact(true)).click();
            Locator date = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Ngày ban hành"));
            date.fill("05/01/2018");
            // Enter commits the typed date and closes the calendar, which hides the rest of the page while open
            date.press("Enter");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("plan-issue-dialog")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cấp số và ban hành")).click();
            // numbering and rendering the Word file can take a while on a cold machine
            assertThat(page.getByText("Đã ban hành").first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(20_000));
            Pattern downloadLink = Pattern.compile("Tải văn bản (\\d{2,}/KH-BTC\\.ĐACN) \\(\\.docx\\)");
            Locator download = page.getByText(downloadLink).first();
            assertThat(download).isVisible();
            Matcher symbol = downloadLink.matcher(download.textContent());
            assertThat(symbol.find()).isTrue();
            return symbol.group(1);
        }
    }

    /**
     * The drafter finds the issued plan among the year's in the list, reads its route on its draft's page and
     * downloads the file.
     */
    private void checkTheDownload(String symbol) throws Exception {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setAcceptDownloads(true))) {
            Page page = plansFromMenu(context);
            Locator year = number(page, "Năm");
            year.fill("2018");
            year.press("Enter");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(symbol))
                    .first().click();
            assertThat(page.locator("h1.view-title")).hasText("Kế hoạch năm 2018");
            Download download = page.waitForDownload(() -> page.getByText("Tải văn bản " + symbol).click());
            Path file = Path.of("target", "downloads", download.suggestedFilename());
            download.saveAs(file);
            assertThat(download.suggestedFilename()).isEqualTo(symbol.replace('/', '-').replace('Đ', 'D') + "-2018.docx");
            String text = TextUtils.getText(WordprocessingMLPackage.load(file.toFile()).getMainDocumentPart()
                    .getJaxbElement());
            assertThat(text).contains("Số: " + symbol, "Thủ Dầu Một, ngày 05 tháng 01 năm 2018",
                    "Hội viên phát triển mới", "850", "Tổng cộng", "Phú Cường", "Tương Bình Hiệp",
                    "Nơi nhận:", "- Ban Chỉ đạo Đề án Tỉnh;", "- BTC Đề án phường Chánh Mỹ;", "- Lưu: VT, TTK.",
                    "Phạm Quốc Bảo");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    "Xem dự thảo trình ký (ý kiến, các phiên bản, quy trình)")).click();
            assertThat(page.locator("img.process-diagram")).isVisible();
            assertThat(diagramFits(page)).as("the whole diagram on a desktop").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("plan-draft-process")).setFullPage(true));
            page.setViewportSize(390, 844);
            assertThat(diagramFits(page)).as("the whole diagram on a phone").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("plan-draft-process-phone")));
        }
    }

    /** The diagram has loaded and ends inside its box and the page: no step is cut off. */
    private static boolean diagramFits(Page page) {
        page.waitForFunction("() => { const img = document.querySelector('img.process-diagram');"
                + " return img && img.complete && img.naturalWidth > 0; }");
        return (Boolean) page.evaluate("() => { const img = document.querySelector('img.process-diagram');"
                + " const box = img.parentElement.getBoundingClientRect(); const drawn = img.getBoundingClientRect();"
                + " return drawn.width > 0 && drawn.right <= box.right + 1"
                + " && document.documentElement.scrollWidth <= window.innerWidth; }");
    }

    private static List<String> bulletsOf(String numeral) {
        List<String> bullets = new ArrayList<>();
        String part = "";
        for (Block block : Seed004Plan.BODY) {
            if (block instanceof Part p) {
                part = p.numeral();
            } else if (block instanceof Bullet bullet && part.equals(numeral)) {
                bullets.add(bullet.text());
            }
        }
        return bullets;
    }

    /** Parts II and III of the seed, section by section, through the sections editor. */
    private static void fillSections(Page page, String numeral) {
        Locator editor = page.locator(".sections-" + numeral);
        String part = "";
        int section = 0;
        List<String> items = new ArrayList<>();
        for (Block block : Seed004Plan.BODY) {
            if (block instanceof Part p) {
                part = p.numeral();
            } else if (block instanceof Section s && part.equals(numeral)) {
                fillItems(editor, section, items);
                section++;
                editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm mục")).click();
                editor.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Mục " + section).setExact(true))
                        .fill(s.title());
            } else if (block instanceof Bullet bullet && part.equals(numeral)) {
                items.add(bullet.text());
            }
        }
        fillItems(editor, section, items);
    }

    private static void fillItems(Locator editor, int section, List<String> items) {
        if (section > 0 && !items.isEmpty()) {
            editor.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Các ý (mỗi dòng một ý)"))
                    .nth(section - 1).fill(String.join("\n", items));
        }
        items.clear();
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator number(Page page, String name) {
        return page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
