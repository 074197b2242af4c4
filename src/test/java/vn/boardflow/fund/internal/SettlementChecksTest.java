package vn.boardflow.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.SpendingNorm;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.Translations;

/** Each check of a dossier on its own, with the Vietnamese message the ward or the accountant reads. */
class SettlementChecksTest {

    private static final SpendingNorm MEALS = new SpendingNorm(1, null, null, "6658",
            "Hỗ trợ tiền ăn đại biểu hội nghị do cấp huyện tổ chức", SpendingNorm.Basis.PERSON_DAY,
            Money.of(150_000), "Thông tư 40/2017/TT-BTC, Điều 12", LocalDate.of(2017, 7, 1), null);
    private static final SpendingNorm WATER = new SpendingNorm(2, null, null, "6699", "Nước uống đại biểu hội nghị",
            SpendingNorm.Basis.PERSON_HALF_DAY, Money.of(20_000), "Thông tư 40/2017/TT-BTC, Điều 12",
            LocalDate.of(2017, 7, 1), LocalDate.of(2026, 6, 30));

    @Test
    void aWholeDossierPassesAndEachFaultIsNamed() {
        Voucher meals = voucher(1, "01/PC", LocalDate.of(2026, 7, 10), "0001234", "6658", 3_000_000, 20, 1);
        assertThat(checks(Money.ZERO, Set.of(), Set.of(1)).of(content(3_000_000, meals))).isEmpty();

        assertThat(messages(checks(Money.ZERO, Set.of(), Set.of(1)).of(content(3_100_000, meals))))
                .containsExactly("Số tiền đề nghị thanh toán 3.100.000 đ không khớp tổng các chứng từ 3.000.000 đ.");
        assertThat(messages(checks(Money.of(7_500_000), Set.of(), Set.of(1)).of(content(3_000_000, meals))))
                .containsExactly("Số chi 3.000.000 đ cùng 7.500.000 đ của các hồ sơ khác vượt số được phân bổ"
                        + " 10.000.000 đ: thừa 500.000 đ.");
        assertThat(messages(checks(Money.ZERO, Set.of("1234"), Set.of()).of(content(3_000_000, meals))))
                .containsExactly("Chứng từ 01/PC chưa có bản chụp hoặc bản quét.",
                        "Hóa đơn số 0001234 (chứng từ 01/PC) đã được kê ở chứng từ khác của cơ quan.");
        assertThat(messages(checks(Money.ZERO, Set.of(), Set.of(1)).of(content(3_000_000, voucher(1, "01/PC",
                LocalDate.of(2025, 12, 30), "", "6658", 3_000_000, 20, 1)))))
                .containsExactly("Chứng từ 01/PC ngày 30/12/2025 không thuộc năm ngân sách 2026.");
        assertThat(messages(checks(Money.ZERO, Set.of(), Set.of(1)).of(content(3_000, voucher(1, "09/PC",
                LocalDate.of(2026, 3, 2), "", "9999", 3_000, null, null)))))
                .containsExactly("Tiểu mục 9999 của chứng từ 09/PC không áp dụng vào ngày 02/03/2026.");
    }

    @Test
    void spendingIsJudgedByTheNormOfItsDay() {
        Voucher overMeals = voucher(1, "01/PC", LocalDate.of(2026, 7, 10), "", "6658", 3_200_000, 20, 1);
        Voucher uncounted = voucher(2, "02/PC", LocalDate.of(2026, 7, 10), "", "6658", 100_000, null, null);
        Voucher water = voucher(3, "03/PC", LocalDate.of(2026, 7, 10), "", "6699", 1_000_000, 20, 2);
        List<SettlementFinding> findings = checks(Money.ZERO, Set.of(), Set.of(1, 2, 3))
                .of(content(4_300_000, overMeals, uncounted, water));
        assertThat(findings).extracting(SettlementFinding::blocking).containsExactly(false, true);
        assertThat(messages(findings)).containsExactly(
                "Chứng từ 01/PC chi 3.200.000 đ, vượt mức tối đa 3.000.000 đ theo định mức “Hỗ trợ tiền ăn đại biểu"
                        + " hội nghị do cấp huyện tổ chức” (Thông tư 40/2017/TT-BTC, Điều 12).",
                "Chứng từ 02/PC thuộc khoản có định mức “Hỗ trợ tiền ăn đại biểu hội nghị do cấp huyện tổ chức”:"
                        + " nhập số người và số ngày (buổi).");
        assertThat(checks(Money.ZERO, Set.of(), Set.of(1)).of(content(1_000_000, voucher(1, "03/PC",
                LocalDate.of(2026, 6, 30), "", "6699", 1_000_000, 20, 2)))).as("the water norm still in force")
                .extracting(SettlementFinding::messageKey).containsExactly("settlement.check.overNorm");
    }

    @Test
    void aVoucherOutsideTheActivityIsForTheAccountantToWeigh() {
        SettlementContent content = new SettlementContent("Hội nghị", LocalDate.of(2026, 7, 10),
                LocalDate.of(2026, 7, 10), Money.of(500_000), List.of(voucher(0, "01/PC", LocalDate.of(2026, 7, 6),
                "", "6651", 500_000, null, null)));
        assertThat(checks(Money.ZERO, Set.of(), Set.of(1)).of(content)).singleElement().satisfies(finding -> {
            assertThat(finding.blocking()).isFalse();
            assertThat(finding.voucherNo()).isEqualTo(1);
        });
    }

    @Test
    void invoicesAreComparedAsNumbersWithinTheirSeries() {
        assertThat(SettlementChecks.invoiceKey(" 0001234 ")).isEqualTo(SettlementChecks.invoiceKey("1234"));
        assertThat(SettlementChecks.invoiceKey("AA/18E 0001234")).isEqualTo("AA/18E0001234");
        Voucher first = voucher(1, "01/PC", LocalDate.of(2026, 7, 10), "00567", "6651", 100_000, null, null);
        Voucher again = voucher(2, "02/PC", LocalDate.of(2026, 7, 11), "567", "6651", 100_000, null, null);
        assertThat(checks(Money.ZERO, Set.of(), Set.of(1, 2)).of(content(200_000, first, again)))
                .extracting(SettlementFinding::voucherNo).containsExactly(2);
    }

    private static SettlementChecks checks(Money elsewhere, Set<String> settled, Set<Integer> attached) {
        return new SettlementChecks(DossierKind.SETTLEMENT, LocalDate.of(2026, 7, 1), 2026, Money.of(10_000_000),
                elsewhere, settled, attached,
                (code, day) -> !code.equals("9999"),
                (code, day) -> Optional.of(code.equals("6658") ? MEALS : WATER)
                        .filter(norm -> norm.itemCode().equals(code) && norm.inForceOn(day)));
    }

    private static SettlementContent content(long requested, Voucher... vouchers) {
        return new SettlementContent("Hội nghị sơ kết", null, null, Money.of(requested), List.of(vouchers));
    }

    private static Voucher voucher(int no, String number, LocalDate date, String invoice, String item, long amount,
                                   Integer persons, Integer sessions) {
        return new Voucher(no, number, date, invoice, "Chi hội nghị", item, Money.of(amount), persons, sessions);
    }

    private static List<String> messages(List<SettlementFinding> findings) {
        return findings.stream().map(finding -> Translations.get(Locale.forLanguageTag("vi"), finding.messageKey(),
                finding.arguments().toArray())).toList();
    }
}
