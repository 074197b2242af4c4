package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Documents of three shapes from draft to issuance in Chromium, each entered as its users enter: the drafter from
 * the side menu's Dự thảo văn bản, the reviewer and the clerk from Việc của tôi, the leader from Trình ký (on a
 * phone for the Công văn): a Công văn with "V/v …" under its number, a decision with six legal bases and the
 * programme it issues, and a Thành đoàn plan in the Youth Union's format ("Thực hiện …; căn cứ …", numbered goals). The issued Word files are downloaded, their text read back, and kept under
 * target/samples.
 */
class DraftJourneyIT extends BrowserJourney {

    static final String BODY = "Ban Tổ chức Đề án đoàn kết tập hợp TNCN";
    static final String UNION = "BCH ĐOÀN TP. THỦ DẦU MỘT";

    @Test
    void aCongVanIsDraftedReviewedSignedOffOnAPhoneAndIssued() throws Exception {
        String summary = "báo cáo kết quả thực hiện Đề án tháng 11";
        try (BrowserContext context = desktop()) {
            Page page = startDraft(context, BODY, "Công văn", summary);
            textbox(page, "Kính gửi").fill("Ban Tổ chức Đề án các phường");
            textbox(page, "Nội dung").fill("""
                    Để tổng hợp kết quả thực hiện Đề án tháng 11, Ban Tổ chức Đề án Thành phố đề nghị:
                    1. Ban Tổ chức Đề án các phường báo cáo kết quả tháng 11 trước ngày 25.
                    2. Báo cáo gửi về Tổ Thư ký Đề án Thành phố qua hệ thống.""");
            signedBy(page);
            page.getByLabel("Nơi nhận trong hệ thống").fill("Phú Cường");
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ban Tổ chức Đề án phường Phú Cường")).click();
            // the chosen unit stays chosen; Escape closes the list, which covers the page while open
            page.keyboard().press("Escape");
            assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);
            saveAndSubmit(page);
        }
        agree(summary);

        try (BrowserContext context = phone()) {
            Page page = logIn(context, "lanhdao", "tasks");
            assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
            page.locator("vaadin-drawer-toggle").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trình ký")).click();
            choose(page, summary);
            assertThat(page.locator("iframe.draft-page-preview")).isVisible();
            assertThat(page.frameLocator("iframe.draft-page-preview").getByText("V/v " + summary)).isVisible();
            assertThat(page.getByText("Đúng thể thức: có thể trình ký như hiện tại.")).isVisible();
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the queue fits the phone's width").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("signing-queue-phone"))
                    .setFullPage(true));
            signOff(page);
        }

        String text = issueAndDownload(summary, "cong-van-tu-du-thao.docx");
        assertThat(text).containsPattern("Số: \\d{2,}/BTC\\.ĐACN-TTK");
        assertThat(text).contains("V/v " + summary, "Kính gửi: Ban Tổ chức Đề án các phường",
                "1. Ban Tổ chức Đề án các phường báo cáo kết quả tháng 11 trước ngày 25.", "- Như trên;",
                "- Ban Tổ chức Đề án phường Phú Cường;", "Phạm Quốc Bảo");
    }

    @Test
    void aDecisionWithSixLegalBasesAndAProgrammeIsReturnedOnceThenSignedOffAndIssued() throws Exception {
        String summary = "Về việc ban hành Chương trình hoạt động năm 2026 của Ban Tổ chức Đề án Thành phố";
        List<String> bases = List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                "Căn cứ Luật Thanh niên ngày 16 tháng 6 năm 2020",
                "Căn cứ Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                "Căn cứ Quyết định số 1431/QĐ-UBND ngày 01/6/2016 của Ủy ban nhân dân tỉnh Bình Dương phê duyệt Đề án",
                "Căn cứ Kế hoạch số 01/KH-BTC.ĐACN ngày 05/01/2018 của Ban Tổ chức Đề án Thành phố",
                "Căn cứ Quy chế làm việc của Ban Tổ chức Đề án Thành phố");
        try (BrowserContext context = desktop()) {
            Page page = startDraft(context, BODY, "Quyết định (QĐ)", summary);
            textbox(page, "Căn cứ").fill(String.join("\n", bases));
            textbox(page, "Mở đầu").fill("Theo đề nghị của Tổ Thư ký Đề án Thành phố,");
            textbox(page, "Nội dung").fill("""
                    QUYẾT ĐỊNH:
                    Điều 1. Ban hành kèm theo Quyết định này Chương trình hoạt động năm 2026 của Ban Tổ chức Đề án Thành phố.
                    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                    Điều 3. Tổ Thư ký Đề án Thành phố, các thành viên Ban Tổ chức Đề án chịu trách nhiệm thi hành Quyết định này.""");
            signedBy(page);
            textbox(page, "Nơi nhận khác").fill("Như Điều 3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm phụ lục")).click();
            textbox(page, "Tiêu đề").fill("CHƯƠNG TRÌNH");
            textbox(page, "Tên phụ lục").fill("Hoạt động năm 2026 của Ban Tổ chức Đề án Thành phố");
            textbox(page, "Nội dung phụ lục").fill("""
                    I. MỤC ĐÍCH, YÊU CẦU
                    1. Đoàn kết, tập hợp thanh niên công nhân vào tổ chức Đoàn, Hội.
                    II. NỘI DUNG
                    1. Duy trì, nâng cao chất lượng sinh hoạt các chi đoàn, chi hội.
                    - Mỗi quý kiểm tra một lần tại các phường.""");
            saveAndSubmit(page);
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "xemxet", summary);
            step(page, "Trả lại", "Bổ sung thời gian thực hiện vào Chương trình.");
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "duthao", summary);
            assertThat(page.getByText("Dự thảo bị trả lại: «Bổ sung thời gian thực hiện vào Chương trình.»")).isVisible();
            Locator annex = textbox(page, "Nội dung phụ lục");
            annex.fill(annex.inputValue() + "\nIII. THỜI GIAN THỰC HIỆN\n- Từ tháng 01 đến tháng 12 năm 2026.");
            saveAndSubmit(page);
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "xemxet", summary);
            // what changed since the reviewer returned it
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("III. THỜI GIAN THỰC HIỆN")).first()).isVisible();
            step(page, "Đồng ý", "Đồng ý trình Trưởng ban.");
        }
        try (BrowserContext context = desktop()) {
            Page page = signingQueue(context, summary);
            assertThat(page.frameLocator("iframe.draft-page-preview").getByText("CHƯƠNG TRÌNH",
                    new FrameLocator.GetByTextOptions().setExact(true))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("signing-queue-decision"))
                    .setFullPage(true));
            signOff(page);
        }

        String text = issueAndDownload(summary, "quyet-dinh-kem-chuong-trinh.docx");
        String symbol = find(text, "Số: (\\d{2,}/QĐ-BTC\\.ĐACN)");
        assertThat(text).contains("QUYẾT ĐỊNH", summary, bases.get(0) + ";", bases.get(5) + ".",
                "Theo đề nghị của Tổ Thư ký Đề án Thành phố,", "Điều 3.", "- Như Điều 3;",
                "HOẠT ĐỘNG NĂM 2026 CỦA BAN TỔ CHỨC ĐỀ ÁN THÀNH PHỐ",
                "(Ban hành kèm theo Quyết định số " + symbol + " ngày ", "III. THỜI GIAN THỰC HIỆN");
    }

    @Test
    void aUnionPlanInTheUnionsFormatIsDraftedSignedOffAndIssued() throws Exception {
        String summary = "Tổ chức các hoạt động Tháng Thanh niên năm 2026";
        try (BrowserContext context = desktop()) {
            Page page = startDraft(context, UNION, "Kế hoạch (KH)", summary);
            textbox(page, "Mở đầu").fill("Thực hiện Kế hoạch số 215-KH/TĐTN-TNCN ngày 15/12/2025 của Ban Thường vụ "
                    + "Tỉnh đoàn về tổ chức Tháng Thanh niên năm 2026; căn cứ Chương trình công tác Đoàn và phong trào "
                    + "thanh thiếu nhi năm 2026, Ban Thường vụ Thành đoàn xây dựng kế hoạch tổ chức các hoạt động "
                    + "Tháng Thanh niên năm 2026, cụ thể như sau:");
            textbox(page, "Nội dung").fill("""
                    I. MỤC ĐÍCH, YÊU CẦU
                    - Phát huy vai trò xung kích, tình nguyện của đoàn viên, thanh niên trong phát triển kinh tế - xã hội.
                    - Các hoạt động thiết thực, hiệu quả, phù hợp với từng đối tượng thanh niên.
                    II. CHỈ TIÊU
                    1. 100% cơ sở Đoàn tổ chức ít nhất 01 hoạt động tình nguyện trong Tháng Thanh niên.
                    2. Phát triển mới 500 đoàn viên, trong đó có 150 đoàn viên là thanh niên công nhân.
                    3. Thành lập mới 10 chi đoàn, chi hội thanh niên công nhân tại các khu nhà trọ.
                    III. NỘI DUNG VÀ GIẢI PHÁP
                    1. Tổ chức Ngày hội Thanh niên công nhân tại các khu công nghiệp.
                    2. Ra quân Ngày Chủ nhật xanh tại 14 phường.
                    IV. TỔ CHỨC THỰC HIỆN
                    - Văn phòng Thành đoàn theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Thành đoàn.""");
            signedBy(page);
            textbox(page, "Nơi nhận khác").fill("Ban Thường vụ Tỉnh đoàn");
            saveAndSubmit(page);
        }
        agree(summary);
        try (BrowserContext context = desktop()) {
            Page page = signingQueue(context, summary);
            assertThat(page.frameLocator("iframe.draft-page-preview").getByText("ĐOÀN TNCS HỒ CHÍ MINH")).isVisible();
            signOff(page);
        }

        String text = issueAndDownload(summary, "ke-hoach-thanh-doan.docx");
        assertThat(text).containsPattern("Số: \\d{2,}-KH/TĐTN-TNCN");
        assertThat(text).contains("ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN TP. THỦ DẦU MỘT", "KẾ HOẠCH",
                "Thực hiện Kế hoạch số 215-KH/TĐTN-TNCN", "; căn cứ Chương trình công tác Đoàn", "II. CHỈ TIÊU",
                "1. 100% cơ sở Đoàn tổ chức ít nhất 01 hoạt động tình nguyện trong Tháng Thanh niên.",
                "3. Thành lập mới 10 chi đoàn", "- Ban Thường vụ Tỉnh đoàn;", "Phạm Quốc Bảo");
    }

    /** From the side menu's Dự thảo văn bản, a new draft of the type for the body. */
    private Page startDraft(BrowserContext context, String body, String type, String summary) {
        Page page = logIn(context, "duthao", "tasks");
        assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dự thảo văn bản")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo dự thảo")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        // tests before this one may have added boards the secretariat also drafts for
        dialog.getByLabel("Cơ quan ban hành").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(body)).click();
        dialog.getByLabel("Loại văn bản").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(type).setExact(true)).click();
        dialog.getByLabel("Trích yếu").fill(summary);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo").setExact(true)).click();
        assertThat(page.locator("h1.view-title")).hasText(summary);
        return page;
    }

    private static void signedBy(Page page) {
        textbox(page, "Người ký đề xuất").fill("Phạm Quốc Bảo");
    }

    private static void saveAndSubmit(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu phiên bản mới")).click();
        // the page is drawn again for the new version: its buttons are the ones to press next
        assertThat(page.getByText(Pattern.compile("Đã lưu bản \\d+\\."))).isVisible();
        assertThat(page.getByText("Đúng thể thức: có thể trình ký như hiện tại.")).isVisible();
        submit(page);
    }

    private static String find(String text, String pattern) {
        var matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("the text has %s", pattern).isTrue();
        return matcher.group(1);
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
