package vn.boardflow.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.Proposals.Check;
import vn.boardflow.emulation.Proposals.Check.Outcome;
import vn.boardflow.emulation.Proposals.ProposalDetails;
import vn.boardflow.emulation.Proposals.ProposalFile;
import vn.boardflow.emulation.Proposals.ProposalStatus;
import vn.boardflow.emulation.Proposals.ProposalView;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;

/** A ward's officer and the secretariat propose for the 2026 campaign, judged by the rules of Nghị định 98/2023. */
@IntegrationTest
class ProposalTests {

    static final byte[] REPORT = "%PDF-1.4 báo cáo thành tích".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Proposals proposals;

    PlanningBoard board;
    CampaignId campaign;

    @BeforeEach
    void aCampaign() {
        board = PlanningBoard.create(context);
        as(board.drafter());
        campaign = campaigns.create(new NewCampaign(board.bodyId(), "Phong trào thi đua năm 2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ""));
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aWardProposesItsPeopleAndSeesEachCheckWithItsReason() {
        as(board.wardOfficer());
        assertThat(proposals.nomineeUnits(campaign)).extracting(Member::unitId).containsExactly(ward(0));
        assertThat(proposals.forms(campaign)).extracting(CommendationRule::legalBasis)
                .allMatch(basis -> basis.contains("2022") || basis.contains("Đoàn"));
        ProposalId advanced = proposals.create(person("Nguyễn Văn An", "LDTT"));
        ProposalId soldier = proposals.create(person("nguyen van  an", "CSTDCS"));

        ProposalView view = proposals.find(soldier).orElseThrow();
        assertThat(outcome(view, "requires")).as("the same person, however typed").isEqualTo(Outcome.PASSED);
        assertThat(outcome(view, "cap")).as("15 % of one holder is none").isEqualTo(Outcome.FAILED);
        assertThat(outcome(view, "report")).isEqualTo(Outcome.FAILED);
        assertThat(refusal(() -> proposals.send(soldier, view.version()))).isEqualTo("emulation.proposal.error.noReport");

        proposals.attach(advanced, ProposalFile.Kind.REPORT, "bao-cao-thanh-tich.pdf", REPORT);
        ProposalView ready = proposals.find(advanced).orElseThrow();
        assertThat(ready.prize()).as("0,3 of the base salary of 31/12/2026").isEqualTo(Money.of(702_000));
        assertThat(view.prize()).as("1,0 of it").isEqualTo(Money.of(2_340_000));
        assertThat(ready.files()).extracting(ProposalFile::fileName).containsExactly("bao-cao-thanh-tich.pdf");
        assertThat(ready.failed()).isZero();
        proposals.send(advanced, ready.version());
        assertThat(proposals.find(advanced).orElseThrow().status()).isEqualTo(ProposalStatus.SENT);
        assertThat(refusal(() -> proposals.revise(advanced, proposals.find(advanced).orElseThrow().version(),
                person("Nguyễn Văn An", "GK")))).isEqualTo("emulation.proposal.error.sent");
        assertThat(refusal(() -> proposals.create(person("Trần Thị Bình", "CSTDTQ"))))
                .isEqualTo("emulation.proposal.error.form");

        as(board.drafter());
        ProposalId collective = proposals.create(new ProposalDetails(campaign, Nominee.COLLECTIVE, "Phường An",
                null, ward(0), "TTLDXS", "Dẫn đầu cụm thi đua", 2, false));
        ProposalView ward = proposals.find(collective).orElseThrow();
        assertThat(outcome(ward, "members")).as("one of two members, under 70 %").isEqualTo(Outcome.FAILED);
        assertThat(outcome(ward, "ranking")).isEqualTo(Outcome.NOTED);
        assertThat(proposals.ofCampaign(campaign)).hasSize(3);
        assertThat(proposals.nomineeUnits(campaign)).extracting(Member::unitId).contains(board.unitId(), ward(1));
        assertThatThrownBy(() -> proposals.delete(soldier, 0)).as("the ward's own proposal")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecretariatReturnsAProposalAndTakesItIntoTheListOncePutRight() {
        as(board.wardOfficer());
        ProposalId id = proposals.create(person("Nguyễn Văn An", "LDTT"));
        proposals.attach(id, ProposalFile.Kind.REPORT, "bao-cao-thanh-tich.pdf", REPORT);
        proposals.send(id, version(id));
        assertThatThrownBy(() -> proposals.compile(id, version(id))).as("only the secretariat compiles")
                .isInstanceOf(AccessDeniedException.class);

        as(board.drafter());
        assertThat(proposals.find(id).orElseThrow().mayCompile()).isTrue();
        assertThat(refusal(() -> proposals.sendBack(id, version(id), " "))).isEqualTo("emulation.proposal.error.reason");
        proposals.sendBack(id, version(id), "Bổ sung minh chứng về chi hội đã thành lập.");

        as(board.wardOfficer());
        ProposalView returned = proposals.find(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(ProposalStatus.RETURNED);
        assertThat(returned.returned()).isEqualTo("Bổ sung minh chứng về chi hội đã thành lập.");
        assertThat(returned.mayEdit()).isTrue();
        proposals.attach(id, ProposalFile.Kind.EVIDENCE, "quyet-dinh-thanh-lap.pdf", REPORT);
        proposals.send(id, version(id));

        as(board.drafter());
        proposals.compile(id, version(id));
        assertThat(proposals.find(id).orElseThrow().status()).isEqualTo(ProposalStatus.COMPILED);
        assertThat(refusal(() -> proposals.compile(id, version(id)))).isEqualTo("emulation.proposal.error.notSent");
        assertThat(refusal(() -> proposals.revise(id, version(id), person("Nguyễn Văn An", "GK"))))
                .isEqualTo("emulation.proposal.error.sent");
    }

    @Test
    void aWardSeesAndProposesOnlyItsOwn() {
        as(board.wardOfficer());
        ProposalId own = proposals.create(person("Nguyễn Văn An", "LDTT"));
        String other = board.another(context, ward(1), Role.WARD_OFFICER, "Cán bộ phường thứ hai");
        as(other);
        assertThat(proposals.ofCampaign(campaign)).isEmpty();
        assertThatThrownBy(() -> proposals.find(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.create(person("Lê Văn Cường", "LDTT")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.attach(own, ProposalFile.Kind.REPORT, "x.pdf", REPORT))
                .isInstanceOf(AccessDeniedException.class);

        as(board.wardOfficer());
        proposals.delete(own, proposals.find(own).orElseThrow().version());
        assertThat(proposals.ofCampaign(campaign)).isEmpty();
    }

    private ProposalDetails person(String name, String form) {
        return new ProposalDetails(campaign, Nominee.INDIVIDUAL, name, "Phó Bí thư Đoàn phường", ward(0), form,
                "Hoàn thành xuất sắc nhiệm vụ năm 2026", null, false);
    }

    private long version(ProposalId id) {
        return proposals.find(id).orElseThrow().version();
    }

    private static Outcome outcome(ProposalView view, String key) {
        return view.checks().stream().filter(check -> check.key().equals(key)).map(Check::outcome).findFirst()
                .orElseThrow();
    }

    private UnitId ward(int index) {
        return board.wards().get(index);
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
