package vn.boardflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.emulation.AgreementSpan;
import vn.boardflow.emulation.Agreements;
import vn.boardflow.emulation.Agreements.NewAgreement;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.emulation.Campaigns.Body;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.emulation.ClusterId;
import vn.boardflow.emulation.Clusters;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.Clusters.NewCluster;
import vn.boardflow.inspection.EvidenceSamples;

/**
 * A cluster of three demo wards scores its half-year in Chromium: on a phone {@code phucuong}, whose ward chairs,
 * finds the agreement from the side menu's Thi đua – khen thưởng, scores his ward with a photo as evidence and
 * sends the scores; {@code phuloi}, on her phone, reads that evidence and scores Phú Cường as another member; {@code phucuong} publishes the ranking; {@code duthao}
 * drafts the cluster meeting's minutes from it and lands on the draft, ready for the document route.
 */
class EmulationJourneyIT extends BrowserJourney {

    @Autowired
    Campaigns campaigns;
    @Autowired
    Clusters clusters;
    @Autowired
    Agreements agreements;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aClustersMembersScoreOnTheirPhonesAndTheChairRanks() throws Exception {
        String campaign = "Phong trào thi đua " + UUID.randomUUID().toString().substring(0, 6);
        drawUpTheAgreement(campaign);

        try (BrowserContext context = phone()) {
            Page page = agreementFromMenu(context, "phucuong", campaign);
            openCard(page, "Phường Phú Cường");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tự chấm điểm")).click();
            Locator scores = page.locator("vaadin-big-decimal-field input");
            assertThat(scores.first()).isVisible();
            for (int i = 0; i < scores.count(); i++) {
                scores.nth(i).fill(i == scores.count() - 1 ? "0" : "4");
            }
            Path photo = Files.createDirectories(Path.of("target", "uploads")).resolve("sinh-hoat-chi-hoi.png");
            Files.write(photo, EvidenceSamples.encoded(EvidenceSamples.halves(1200, 900), "png"));
            page.locator("vaadin-upload[aria-label='Thêm minh chứng cho tiêu chí 5'] input[type=file]")
                    .setInputFiles(photo);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("sinh-hoat-chi-hoi.jpg")))
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("scorecard-own-phone")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi điểm tự chấm")).click();
            page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Gửi điểm tự chấm")).click();
            assertThat(page.getByText("Đã gửi điểm tự chấm.")).isVisible();
        }

        try (BrowserContext context = phone()) {
            Page page = agreementFromMenu(context, "phuloi", campaign);
            openCard(page, "Phường Phú Cường");
            // the evidence is read by the other members
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("sinh-hoat-chi-hoi.jpg")))
                    .isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chấm chéo")).click();
            Locator scores = page.locator("vaadin-big-decimal-field input");
            assertThat(scores.first()).isVisible();
            for (int i = 0; i < scores.count(); i++) {
                scores.nth(i).fill("3");
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("scorecard-peer-phone")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu điểm")).click();
            assertThat(page.getByText("Đã lưu điểm.")).isVisible();
        }

        try (BrowserContext context = desktop()) {
            Page page = agreementFromMenu(context, "phucuong", campaign);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chốt xếp hạng")).click();
            page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Chốt xếp hạng")).click();
            assertThat(page.getByText("Đã chốt xếp hạng của cụm.")).isVisible();
            assertThat(page.getByText("Đã xếp hạng").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("cluster-ranking"))
                    .setFullPage(true));
        }

        try (BrowserContext context = desktop()) {
            Page page = agreementFromMenu(context, "duthao", campaign);
            page.locator("#draft-minutes").click();
            assertThat(page.locator("h1.view-title")).containsText("Họp Cụm thi đua ba phường",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        }
    }

    /** The secretariat's campaign, cluster and agreement, drawn up as its screens would. */
    private void drawUpTheAgreement(String campaignName) {
        Logins.as(userDetails, "duthao");
        Body body = campaigns.bodies().stream().filter(each -> each.label().startsWith("BTC.ĐACN")).findFirst()
                .orElseThrow();
        CampaignId campaign = campaigns.create(new NewCampaign(body.id(), campaignName, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "Thi đua thực hiện Đề án"));
        List<Member> wards = clusters.candidates(body.id()).stream().filter(member -> List.of("Phường Phú Cường",
                "Phường Hiệp Thành", "Phường Phú Lợi").contains(member.name())).toList();
        List<Member> inRotation = List.of(named(wards, "Phường Phú Cường"), named(wards, "Phường Hiệp Thành"),
                named(wards, "Phường Phú Lợi"));
        ClusterId cluster = clusters.create(new NewCluster(body.id(), "Cụm thi đua ba phường", 2026, 2027,
                inRotation.stream().map(Member::unitId).toList()));
        NewAgreement offered = agreements.proposal(cluster, campaign, 2026, AgreementSpan.HALF_YEAR, null);
        agreements.create(new NewAgreement(cluster, campaign, 2026, AgreementSpan.HALF_YEAR, offered.chairUnitId(),
                null, offered.criteria(), Map.of()));
        Logins.out();
    }

    private static Member named(List<Member> members, String name) {
        return members.stream().filter(member -> member.name().equals(name)).findFirst().orElseThrow();
    }

    /** From the side menu's Thi đua – khen thưởng, the campaign, then its agreement. */
    private Page agreementFromMenu(BrowserContext context, String username, String campaign) {
        Page page = logIn(context, username, "tasks");
        assertThat(page.locator("h1.view-title")).hasText("Việc của tôi");
        Locator toggle = page.locator("vaadin-drawer-toggle");
        if (page.viewportSize().width < 700) {
            toggle.click();
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thi đua – khen thưởng")).click();
        assertThat(page.locator("h1.view-title")).hasText("Thi đua – khen thưởng");
        assertThat(page.locator("vaadin-app-layout[overlay][drawer-opened]")).hasCount(0);
        page.locator("#campaigns vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(campaign))
                .first().click();
        page.locator("#agreements vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Cụm thi đua ba phường")).first().click();
        assertThat(page.locator("h1.view-title")).containsText("Giao ước thi đua 6 tháng đầu năm 2026");
        return page;
    }

    private static void openCard(Page page, String ward) {
        page.locator("#ranking vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(ward))
                .first().click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Phiếu chấm điểm: " + ward);
    }
}
