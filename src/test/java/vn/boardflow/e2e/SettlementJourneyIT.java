package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftRouteSteps;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.fund.FundFixtures;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseDates;

/**
 * A ward settles its spending in Chromium: on a 390 × 844 phone {@code phucuong} opens a dossier from Kinh phí của
 * phường, enters two vouchers, photographs one and attaches the other's scan, and sends it; {@code xemxet} receives
 * it from Việc của tôi; {@code ketoan} returns it with a comment on one voucher; {@code phucuong} puts that voucher
 * right and sends it again; {@code ketoan} passes it; {@code lanhdao} approves it and downloads the Bảng kê, whose
 * total and words are read back. Then an advance: {@code phucuong} asks for it on the phone and downloads its Giấy
 * đề nghị tạm ứng; {@code ketoan} checks it, {@code lanhdao} approves it, {@code ketoan} pays it out; {@code
 * phucuong} finds it in Việc của tôi and opens the dossier that settles it.
 */
class SettlementJourneyIT extends BrowserJourney {

    /** A year no other test budgets for the demo board, so its line is this journey's own. */
    private static final int YEAR = 2032;
    private static final String ACTIVITY = "Tuyên truyền Đề án tại khu nhà trọ năm " + YEAR;
    private static final String SUBJECT = "Hồ sơ thanh toán: " + ACTIVITY + " — Phường Phú Cường";
    private static final int ADVANCE_YEAR = YEAR + 1;
    private static final String ADVANCE_ACTIVITY = "Ra quân tình nguyện tại khu nhà trọ năm " + ADVANCE_YEAR;
    private static final String ADVANCE_SUBJECT = "Tạm ứng: " + ADVANCE_ACTIVITY + " — Phường Phú Cường";

    @Autowired
    ApplicationContext context;
    @Autowired
    Budgets budgets;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aWardSettlesItsSpendingFromAPhoneAndTheBoardApprovesIt() throws Exception {
        decideTheYearsBudget(YEAR, ACTIVITY);
        String invoice = "HD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (BrowserContext context = phone()) {
            Page page = logIn(context, "phucuong", "tasks");
            page.locator("vaadin-drawer-toggle").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kinh phí của phường")).click();
            Locator line = page.locator("#ward-funds vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(ACTIVITY)).first();
            line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lập hồ sơ thanh toán")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Lập hồ sơ thanh toán")).click();
            assertThat(page.locator("h1.view-title")).containsText("Hồ sơ thanh toán: " + ACTIVITY);

            voucher(page, "01/PC", "10/07/" + YEAR, invoice + "1", "Tiền ăn đại biểu buổi tuyên truyền", "6658",
                    "2250000", "15");
            voucher(page, "02/PC", "08/07/" + YEAR, invoice + "2", "In tờ rơi tuyên truyền", "6651", "800000", null);
            assertThat(page.getByText("Chứng từ 02/PC chưa có bản chụp hoặc bản quét.")).isVisible();
            Path photo = Files.createDirectories(Path.of("target", "uploads")).resolve("hoa-don-an.png");
            Files.write(photo, EvidenceSamples.encoded(EvidenceSamples.halves(1200, 900), "png"));
            page.locator("vaadin-upload[aria-label='Đính kèm bản chụp chứng từ 01/PC'] input[type=file]")
                    .setInputFiles(photo);
            assertThat(page.locator("#voucher-1").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("hoa-don-an.jpg"))).isVisible();
            Path scan = Path.of("target", "uploads", "hoa-don-in.pdf");
            Files.writeString(scan, "%PDF-1.4 hóa đơn in tờ rơi");
            page.locator("vaadin-upload[aria-label='Đính kèm bản chụp chứng từ 02/PC'] input[type=file]")
                    .setInputFiles(scan);
            assertThat(page.locator("#voucher-2").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("hoa-don-in.pdf"))).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lấy theo tổng chứng từ (3.050.000 đ)"))
                    .click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("settlement-phone"))
                    .setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ")).click();
            assertThat(page.getByText("Đã gửi hồ sơ.")).isVisible();
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "xemxet", SUBJECT);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ")).click();
            assertThat(page.getByText("Đã tiếp nhận hồ sơ, chuyển kế toán kiểm tra.")).isVisible();
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "ketoan", SUBJECT);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại phường")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Chứng từ 2 · 02/PC · In tờ rơi tuyên truyền").fill("Hóa đơn ghi 750.000 đ.");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lại phường")).click();
            assertThat(page.getByText("Đã trả hồ sơ cho phường.")).isVisible();
        }
        try (BrowserContext context = phone()) {
            Page page = fromInbox(context, "phucuong", SUBJECT);
            Locator second = page.locator("#voucher-2");
            assertThat(second.getByText("Kế toán: Hóa đơn ghi 750.000 đ.")).isVisible();
            second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sửa")).click();
            Locator amount = page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.TEXTBOX,
                    new Locator.GetByRoleOptions().setName("Số tiền"));
            amount.fill("750000");
            amount.press("Tab");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu chứng từ")).click();
            assertThat(page.getByText("Đã lưu hồ sơ.")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lấy theo tổng chứng từ (3.000.000 đ)"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ")).click();
            assertThat(page.getByText("Đã gửi hồ sơ.")).isVisible();
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "ketoan", SUBJECT);
            step(page, "Kiểm tra đạt", "Đủ chứng từ.");
            assertThat(page.getByText("Hồ sơ đã kiểm tra đạt, chuyển lãnh đạo phê duyệt.")).isVisible();
        }
        try (BrowserContext context = phone()) {
            Page page = fromInbox(context, "lanhdao", SUBJECT);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phê duyệt")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Phê duyệt")).click();
            assertThat(page.getByText("Đã phê duyệt quyết toán.")).isVisible();
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Tải Bảng kê chứng từ thanh toán (.docx)")).click());
            Path file = Path.of("target", "downloads", download.suggestedFilename());
            download.saveAs(file);
            byte[] word = Files.readAllBytes(file);
            Samples.write("bang-ke-chung-tu-phu-cuong.docx", word);
            assertThat(WordText.of(word)).contains("BẢNG KÊ CHỨNG TỪ THANH TOÁN", "Đơn vị: Phường Phú Cường",
                    "Cộng tiểu mục 6651", "750.000", "Cộng tiểu mục 6658", "2.250.000", "3.000.000",
                    "Tổng số tiền bằng chữ: Ba triệu đồng chẵn.", "Người lập biểu", "Thủ trưởng đơn vị");
        }
    }

    @Test
    void aWardAsksForAnAdvanceFromAPhoneAndSettlesItOncePaidOut() throws Exception {
        decideTheYearsBudget(ADVANCE_YEAR, ADVANCE_ACTIVITY);
        String settleBy = VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE).plusDays(20));
        try (BrowserContext context = phone()) {
            Page page = logIn(context, "phucuong", "tasks");
            page.locator("vaadin-drawer-toggle").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kinh phí của phường")).click();
            Locator line = page.locator("#ward-funds vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(ADVANCE_ACTIVITY)).first();
            line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đề nghị tạm ứng")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Đề nghị tạm ứng")).click();
            assertThat(page.locator("h1.view-title")).containsText("Tạm ứng: " + ADVANCE_ACTIVITY);
            Locator amount = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                    .setName("Số tiền đề nghị tạm ứng"));
            amount.fill("2500000");
            amount.press("Tab");
            typeDate(page, page.getByLabel("Hạn thanh toán"), settleBy);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ")).click();
            assertThat(page.getByText("Đã gửi hồ sơ.")).isVisible();
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Tải Giấy đề nghị tạm ứng (.docx)")).click());
            Path file = Path.of("target", "downloads", download.suggestedFilename());
            download.saveAs(file);
            assertThat(WordText.of(Files.readAllBytes(file))).contains("GIẤY ĐỀ NGHỊ TẠM ỨNG",
                    "Đề nghị cho tạm ứng số tiền: 2.500.000 đồng.", "Viết bằng chữ: Hai triệu năm trăm nghìn đồng chẵn.",
                    "Thời hạn thanh toán: " + settleBy + ".");
        }
        try (BrowserContext context = desktop()) {
            step(fromInbox(context, "ketoan", ADVANCE_SUBJECT), "Kiểm tra đạt", "Đúng khoản được phân bổ.");
        }
        try (BrowserContext context = desktop()) {
            Page page = fromInbox(context, "lanhdao", ADVANCE_SUBJECT);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phê duyệt")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Phê duyệt")).click();
            assertThat(page.getByText("Đã phê duyệt tạm ứng.")).isVisible();
        }
        try (BrowserContext context = desktop()) {
            step(fromInbox(context, "ketoan", ADVANCE_SUBJECT), "Đã chi tạm ứng", "Chi tiền mặt.");
        }
        try (BrowserContext context = phone()) {
            Page page = fromInbox(context, "phucuong", ADVANCE_SUBJECT);
            assertThat(page.getByText("Đã tạm ứng, chưa thanh toán")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập hồ sơ thanh toán tạm ứng"))
                    .click();
            assertThat(page.locator("#dossier-links")).containsText(
                    "Tạm ứng đã nhận 2.500.000 đ · đã chi 0 đ · nộp lại 2.500.000 đ");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("advance-clearing-phone"))
                    .setFullPage(true));
        }
    }

    /** Enters a voucher from the dossier's page; {@code persons} for spending with a norm, for one day. */
    private static void voucher(Page page, String number, String date, String invoice, String content, String item,
                                String amount, String persons) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm chứng từ")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Số chứng từ").fill(number);
        typeDate(page, dialog.getByLabel("Ngày chứng từ"), date);
        dialog.getByLabel("Số hóa đơn").fill(invoice);
        dialog.getByLabel("Nội dung chi").fill(content);
        dialog.getByLabel("Mục, tiểu mục").fill(item);
        page.getByRole(AriaRole.OPTION).first().click();
        Locator money = dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Số tiền"));
        money.fill(amount);
        money.press("Tab");
        if (persons != null) {
            dialog.getByLabel("Số người").fill(persons);
            dialog.getByLabel("Số ngày (buổi)").fill("1");
        }
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu chứng từ")).click();
        assertThat(page.getByText("Đã lưu hồ sơ.").first()).isVisible();
        assertThat(dialog).hasCount(0);
    }

    /**
     * A date typed on a phone: its date picker opens over the whole screen on the date typed, which a tap on it
     * takes; a tap while its calendar still scrolls to that date is lost, so the user taps again.
     */
    private static void typeDate(Page page, Locator field, String date) {
        field.fill(date);
        Locator calendar = page.locator("vaadin-date-picker-overlay[opened]");
        for (int tap = 0; tap < 3 && calendar.count() > 0; tap++) {
            page.locator("vaadin-month-calendar [part~='focused']").first().click();
            page.waitForTimeout(400);
        }
        assertThat(calendar).hasCount(0);
        assertThat(field).hasValue(date);
    }

    /** The demo board's budget of the year, its one line all Phú Cường's, decided through the document route. */
    private void decideTheYearsBudget(int year, String activity) {
        Logins.as(userDetails, "ketoan");
        IssuingBodyView board = budgets.writableBodies().stream().filter(body -> body.abbreviation().equals("BTC.ĐACN"))
                .findFirst().orElseThrow();
        BudgetId id = budgets.create(board.id(), year);
        Ward phuCuong = budgets.find(id).orElseThrow().wards().stream()
                .filter(ward -> ward.name().equals("Phường Phú Cường")).findFirst().orElseThrow();
        budgets.save(id, budgets.find(id).orElseThrow().version(), new BudgetContent(List.of(new BudgetLine(activity,
                "6658", Money.of(5_000_000), null, Map.of(phuCuong.unitId().value(), Money.of(5_000_000))))));
        DraftId draft = budgets.draftDecision(id);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        DraftRouteSteps.agreedSignedAndIssued(context, draft, "xemxet", "lanhdao", "vanthu", LocalDate.of(year, 1, 10));
    }
}
