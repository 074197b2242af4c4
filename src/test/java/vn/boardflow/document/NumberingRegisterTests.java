package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.NumberingRegister.IssueNumber;
import vn.boardflow.document.NumberingRegister.RegisterFilter;
import vn.boardflow.shared.RuleViolation;

@IntegrationTest
class NumberingRegisterTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    NumberingRegister register;
    @Autowired
    UserDetailsService userDetails;

    private FreshIssuingBody freshBody(FormatProfile profile, NumberingScheme scheme) {
        return FreshIssuingBody.create(context, profile, scheme);
    }

    static IssueNumber plan(IssuingBodyId body, LocalDate issuedOn, String summary) {
        return new IssueNumber(body, DocumentType.KE_HOACH, issuedOn, summary, "Phạm Quốc Bảo", null,
                List.of("Ban Chỉ đạo Đề án Tỉnh", "Lưu: VT, Tổ Thư ký"), 3, "VP Thành đoàn");
    }

    @Test
    void numbersFollowEachOtherFrom01InOneSequenceForAllTypes() {
        FreshIssuingBody body = freshBody(FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, body.clerk());

        RegisterEntryView first = register.issue(plan(body.bodyId(), TODAY, "Kế hoạch năm 2026"));
        RegisterEntryView second = register.issue(new IssueNumber(body.bodyId(), DocumentType.BAO_CAO, TODAY,
                "Báo cáo tháng 3", "Phạm Quốc Bảo", null, List.of("Tổ Thư ký Đề án Tỉnh"), 2, null));

        assertThat(first.symbol()).isEqualTo("01/KH-BTN.ĐA");
        assertThat(second.symbol()).isEqualTo("02/BC-BTN.ĐA");
        assertThat(first.recipients()).containsExactly("Ban Chỉ đạo Đề án Tỉnh", "Lưu: VT, Tổ Thư ký");
        assertThat(first.registeredBy()).isEqualTo(body.clerk());
    }

    @Test
    void aBodyThatNumbersTypesApartKeepsOneSequencePerType() {
        FreshIssuingBody body = freshBody(FormatProfile.YOUTH_UNION, NumberingScheme.PER_TYPE);
        Logins.as(userDetails, body.clerk());

        RegisterEntryView plan = register.issue(new IssueNumber(body.bodyId(), DocumentType.KE_HOACH, TODAY,
                "Kế hoạch", "Ký", "TCKT", List.of(), 1, null));
        RegisterEntryView guidance = register.issue(new IssueNumber(body.bodyId(), DocumentType.HUONG_DAN, TODAY,
                "Hướng dẫn", "Ký", "TCKT", List.of(), 1, null));
        RegisterEntryView secondPlan = register.issue(new IssueNumber(body.bodyId(), DocumentType.KE_HOACH, TODAY,
                "Kế hoạch 2", "Ký", "TCKT", List.of(), 1, null));

        assertThat(List.of(plan.symbol(), guidance.symbol(), secondPlan.symbol()))
                .containsExactly("01-KH/BTN.ĐA-TCKT", "01-HD/BTN.ĐA-TCKT", "02-KH/BTN.ĐA-TCKT");
    }

    @Test
    void aDocumentDatedInAPastYearTakesThatYearsSequenceAndLeavesThisYearAlone() {
        FreshIssuingBody body = freshBody(FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, body.clerk());

        register.issue(plan(body.bodyId(), TODAY, "Kế hoạch 2026"));
        RegisterEntryView backDated = register.issue(plan(body.bodyId(), LocalDate.of(2018, 1, 5), "Kế hoạch 2018"));
        RegisterEntryView next = register.issue(plan(body.bodyId(), TODAY, "Kế hoạch bổ sung 2026"));

        assertThat(backDated.symbol()).isEqualTo("01/KH-BTN.ĐA");
        assertThat(backDated.year()).isEqualTo(2018);
        assertThat(next.number()).isEqualTo(2);
    }

    @Test
    void aRefusedCommandSpendsNoNumber() {
        FreshIssuingBody body = freshBody(FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, body.clerk());

        assertThatThrownBy(() -> register.issue(plan(body.bodyId(), TODAY, "  ")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("register.error.summaryRequired");
        assertThatThrownBy(() -> register.issue(new IssueNumber(body.bodyId(), DocumentType.CONG_VAN, TODAY,
                "V/v thử", "Ký", null, List.of(), 1, null))).hasMessageContaining("document.error.draftingUnitMissing");

        assertThat(register.issue(plan(body.bodyId(), TODAY, "Kế hoạch")).number()).isEqualTo(1);
    }

    @Test
    void aVoidedNumberStaysInTheRegisterWithItsReason() {
        FreshIssuingBody body = freshBody(FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, body.clerk());
        RegisterEntryView entry = register.issue(plan(body.bodyId(), TODAY, "Kế hoạch lỗi"));

        assertThatThrownBy(() -> register.voidNumber(entry.id(), " ")).hasMessageContaining("voidReasonRequired");
        register.voidNumber(entry.id(), "Ban hành nhầm, thay bằng văn bản khác");
        assertThatThrownBy(() -> register.voidNumber(entry.id(), "lần nữa")).hasMessageContaining("alreadyVoided");

        RegisterEntryView voided = register.entries(new RegisterFilter(body.bodyId(), 2026, null, null), 0, 10)
                .getFirst();
        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidReason()).isEqualTo("Ban hành nhầm, thay bằng văn bản khác");
        assertThat(register.issue(plan(body.bodyId(), TODAY, "Kế hoạch đúng")).number()).isEqualTo(2);
    }

    @Test
    void theRegisterIsSearchedWithoutAccentsAndFilteredByYearAndType() {
        FreshIssuingBody body = freshBody(FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, body.clerk());
        register.issue(plan(body.bodyId(), TODAY, "Kế hoạch kiểm tra phường Phú Lợi"));
        register.issue(plan(body.bodyId(), TODAY, "Kế hoạch tập huấn"));

        assertThat(register.entries(new RegisterFilter(body.bodyId(), 2026, DocumentType.KE_HOACH, "ke hoach phu loi"),
                0, 10)).extracting(RegisterEntryView::summary).containsExactly("Kế hoạch kiểm tra phường Phú Lợi");
        assertThat(register.count(new RegisterFilter(body.bodyId(), 2026, null, null))).isEqualTo(2);
        assertThat(register.count(new RegisterFilter(body.bodyId(), 2025, null, null))).isZero();
    }

    @Test
    void onlyTheBodysClerksGiveNumbersAndOnlyItsUnitsReadTheRegister() {
        FreshIssuingBody body = freshBody(FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);

        Logins.as(userDetails, "duthao");
        assertThatThrownBy(() -> register.issue(plan(body.bodyId(), TODAY, "Kế hoạch")))
                .isInstanceOf(AccessDeniedException.class);
        Logins.as(userDetails, "phucuong");
        assertThatThrownBy(() -> register.entries(new RegisterFilter(body.bodyId(), null, null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
