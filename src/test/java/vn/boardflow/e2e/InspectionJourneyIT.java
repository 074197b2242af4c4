package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.inspection.InspectionFixtures;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.inspection.StandardChecklist;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.shared.VietnameseDates;

/**
 * A mid-year round of the demo city board on phones (390 × 844): the inspector scores Phú Cường's checklist
 * and attaches a photo as its evidence, then sends it; the team head closes the ward's inspection, handing
 * the ward its remedial tasks; the records clerk issues the minutes and downloads them. The round itself is
 * opened and scheduled through the services, as the round page's own tests cover that screen.
 */
class InspectionJourneyIT extends BrowserJourney {

    private static final String HEAD = "lanhdao";
    private static final String INSPECTOR = "kiemtra";

    @Autowired
    InspectionRounds rounds;

    @Autowired
    RoundPlanning planning;

    @Autowired
    WardInspections inspections;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void anInspectorScoresAWardOnAPhoneItsHeadClosesItAndTheClerkIssuesTheMinutes() throws Exception {
        Scheduled round = scheduleARound();
        String formUrl = "inspections/wards/" + round.wardInspectionId();

        try (BrowserContext context = phone()) {
            Page page = logIn(context, INSPECTOR, "inspections/mine");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(round.visitText())).first().click();
            assertThat(page).hasURL(Pattern.compile(".*/" + formUrl + "$"));
            for (Criterion criterion : StandardChecklist.CHECKLIST.criteria()) {
                // A criterion that needs evidence earns points only with it: the photo goes to 1.1 alone.
                int score = !criterion.evidenceRequired() || criterion.code().equals("1.1") ? criterion.maxScore() : 0;
                page.getByLabel("Điểm tiêu chí " + criterion.code(), new Page.GetByLabelOptions().setExact(true))
                        .fill(String.valueOf(score));
            }
            page.getByLabel("Ghi chú tiêu chí 2.1", new Page.GetByLabelOptions().setExact(true))
                    .fill("Chưa phát triển được hội viên mới trong kỳ");
            Path photo = Files.createDirectories(Path.of("target", "uploads")).resolve("so-sinh-hoat.png");
            Files.write(photo, EvidenceSamples.encoded(EvidenceSamples.halves(1200, 900), "png"));
            page.locator("vaadin-upload[aria-label='Minh chứng tiêu chí 1.1'] input[type=file]").setInputFiles(photo);
            assertThat(page.getByText("so-sinh-hoat.jpg", new Page.GetByTextOptions().setExact(false)).first())
                    .isVisible();
            assertThat(page.getByText("Đã lưu nháp lúc", new Page.GetByTextOptions().setExact(false))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("checklist-phone")).setFullPage(true));
            takeStep(page, "Gửi kết quả");
            assertThat(page.getByText("Đã gửi kết quả: 70 điểm, xếp loại Khá.")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi kết quả"))).isHidden();
        }

        try (BrowserContext context = phone()) {
            Page page = logIn(context, HEAD, formUrl);
            assertThat(page.getByText("Việc khắc phục giao cho phường")).isVisible();
            takeStep(page, "Kết thúc kiểm tra phường");
            assertThat(page.getByText("Đã kết thúc kiểm tra phường.")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Khắc phục tiêu chí 2\\.1")))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("inspection-closed-phone"))
                    .setFullPage(true));
        }

        try (BrowserContext context = phone()) {
            Page page = logIn(context, "vanthu", formUrl);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành biên bản")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cấp số và ban hành")).click();
            Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Tải biên bản \\d{2,}\\/BB-BTC\\.ĐACN$")));
            // issuing renders the Word file, which takes longer than the assertion's default on a cold machine
            assertThat(link).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            String symbol = link.textContent().strip().substring("Tải biên bản ".length());
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("minutes-issued-phone"))
                    .setFullPage(true));
            Download download = page.waitForDownload(link::click);
            Path file = Path.of("target", "downloads", download.suggestedFilename());
            download.saveAs(file);
            String text = TextUtils.getText(WordprocessingMLPackage.load(file.toFile()).getMainDocumentPart()
                    .getJaxbElement());
            assertThat(text).contains("BIÊN BẢN", "Số: " + symbol, "Phú Cường", "Tổng điểm: 70/100 điểm. Xếp loại: Khá.",
                    "Chưa phát triển được hội viên mới trong kỳ");
        }
    }

    private record Scheduled(WardInspectionId wardInspectionId, String visitText) {
    }

    /**
     * A round of the demo board in the first year after those already run (the browser tests share their
     * database), with one team, the leader heading it and the inspector in it, visiting a ward a day.
     */
    private Scheduled scheduleARound() {
        Logins.as(userDetails, "duthao");
        IssuingBodyView body = bodies.all().stream().filter(candidate -> candidate.abbreviation().equals("BTC.ĐACN"))
                .findFirst().orElseThrow();
        int year = Math.max(2030, rounds.of(body.id()).stream().mapToInt(RoundView::year).max().orElse(0) + 1);
        RoundId roundId = rounds.open(new OpenRound(body.id(), year, InspectionPeriod.MID_YEAR,
                InspectionFixtures.standardChecklist(templates), false,
                "Đánh giá kết quả 6 tháng đầu năm."));
        List<WardRef> wards = new ArrayList<>(rounds.wards(roundId));
        wards.sort((a, b) -> a.name().contains("Phú Cường") ? -1 : b.name().contains("Phú Cường") ? 1 : 0);
        LocalDate first = LocalDate.of(year, 6, 8);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            visits.add(new Visit(wards.get(i).id(), "Đoàn 1", first.plusDays(i), InspectionMode.ON_SITE));
        }
        planning.saveSchedule(roundId, rounds.find(roundId).orElseThrow().version(), new InspectionSchedule(
                List.of(new Team("Đoàn 1", HEAD, List.of(INSPECTOR))), visits));
        planning.confirmSchedule(roundId, rounds.find(roundId).orElseThrow().version());
        WardInspectionId id = inspections.ofRound(roundId).stream().filter(view -> view.wardId().equals(wards.getFirst().id()))
                .findFirst().orElseThrow().id();
        Logins.out();
        return new Scheduled(id, VietnameseDates.format(first));
    }

    /** Taps a step's button and answers its confirmation, whose confirm button repeats the step's name. */
    private static void takeStep(Page page, String step) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(step).setExact(true)).click();
        Locator confirmation = page.getByRole(AriaRole.ALERTDIALOG);
        confirmation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(step).setExact(true)).click();
        assertThat(confirmation).hasCount(0);
    }
}
