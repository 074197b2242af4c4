package vn.boardflow.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.emulation.CommendationRule.CouncilThreshold;
import vn.boardflow.shared.Money;

class CommendationRuleTest {

    static final CommendationRule CSTDCS_2017 = rule(1, "CSTDCS", 15, new CouncilThreshold(70, false), "1.00",
            LocalDate.of(2017, 7, 31), LocalDate.of(2023, 12, 31));
    static final CommendationRule CSTDCS_2024 = rule(2, "CSTDCS", 15, new CouncilThreshold(70, false), "1.00",
            LocalDate.of(2024, 1, 1), null);
    static final CommendationRule LDTT = rule(3, "LDTT", null, new CouncilThreshold(50, true), "0.30",
            LocalDate.of(2017, 7, 31), null);

    static CommendationRule rule(long id, String code, Integer cap, CouncilThreshold threshold, String prize,
                                 LocalDate from, LocalDate to) {
        return new CommendationRule(id, code, code, Nominee.INDIVIDUAL, CommendationRule.Category.TITLE, 10,
                cap == null ? null : "LDTT", cap, null,
                null, true, threshold, new BigDecimal(prize), "Văn bản", from, to);
    }

    @Test
    void aCaseIsJudgedByTheRowInForceOnItsDate() {
        List<CommendationRule> rules = List.of(CSTDCS_2017, CSTDCS_2024, LDTT);

        assertThat(CommendationRule.applying(rules, "CSTDCS", LocalDate.of(2018, 6, 30))).contains(CSTDCS_2017);
        assertThat(CommendationRule.applying(rules, "CSTDCS", LocalDate.of(2023, 12, 31))).contains(CSTDCS_2017);
        assertThat(CommendationRule.applying(rules, "CSTDCS", LocalDate.of(2024, 1, 1))).contains(CSTDCS_2024);
        assertThat(CommendationRule.applying(rules, "CSTDCS", LocalDate.of(2017, 7, 30))).isEmpty();
        assertThat(CommendationRule.applying(rules, "BK", LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void aThresholdIsReachedOrExceededAsItsRowSays() {
        CouncilThreshold seventy = new CouncilThreshold(70, false);
        assertThat(seventy.carries(7, 10)).isTrue();
        assertThat(seventy.carries(6, 10)).isFalse();
        // 5 of 7 is 71 %, 4 of 7 is 57 %: counted of all members, present or not
        assertThat(seventy.carries(5, 7)).isTrue();
        assertThat(seventy.carries(4, 7)).isFalse();

        CouncilThreshold overHalf = new CouncilThreshold(50, true);
        assertThat(overHalf.carries(5, 10)).isFalse();
        assertThat(overHalf.carries(6, 10)).isTrue();
        assertThat(overHalf.carries(101, 200)).isTrue();
        assertThat(overHalf.carries(100, 200)).isFalse();
    }

    @Test
    void theRatioCapIsRoundedDown() {
        assertThat(CSTDCS_2024.capFor(20)).isEqualTo(3);
        assertThat(CSTDCS_2024.capFor(13)).isEqualTo(1);
        assertThat(CSTDCS_2024.capFor(6)).isZero();
        assertThat(LDTT.capFor(100)).isNull();
    }

    @Test
    void thePrizeIsTheCoefficientOfTheBaseSalaryToTheDong() {
        assertThat(LDTT.prize(Money.of(1_390_000))).isEqualTo(Money.of(417_000));
        assertThat(CSTDCS_2024.prize(Money.of(2_340_000))).isEqualTo(Money.of(2_340_000));
        assertThat(rule(4, "X", null, new CouncilThreshold(50, true), "0.15", LocalDate.MIN, null)
                .prize(Money.of(1_490_001))).isEqualTo(Money.of(223_500));
    }

    @Test
    void theBaseSalaryOfADayIsTheOneInForceThen() {
        List<BaseSalary> rows = List.of(
                new BaseSalary(1, Money.of(1_300_000), "NĐ 47/2017", LocalDate.of(2017, 7, 1), LocalDate.of(2018, 6, 30)),
                new BaseSalary(2, Money.of(1_390_000), "NĐ 72/2018", LocalDate.of(2018, 7, 1), null));

        assertThat(BaseSalary.applying(rows, LocalDate.of(2018, 6, 30))).map(BaseSalary::amount)
                .contains(Money.of(1_300_000));
        assertThat(BaseSalary.applying(rows, LocalDate.of(2018, 7, 1))).map(BaseSalary::amount)
                .contains(Money.of(1_390_000));
        assertThat(BaseSalary.applying(rows, LocalDate.of(2016, 1, 1))).isEmpty();
    }
}
