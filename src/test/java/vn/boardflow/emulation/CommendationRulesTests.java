package vn.boardflow.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.emulation.CommendationRule.Category;
import vn.boardflow.emulation.CommendationRule.CouncilThreshold;
import vn.boardflow.emulation.CommendationRules.NewRule;
import vn.boardflow.shared.Money;

/** The administrator of the whole organisation replaces a rule by a new text; nobody else writes the rules. */
@IntegrationTest
class CommendationRulesTests {

    @Autowired
    CommendationRules rules;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aNewTextOpensANewRowOnceTheOldOneHasItsLastDay() {
        Logins.as(userDetails, "quantri");
        LocalDate from = LocalDate.of(2031, 1, 1);
        NewRule giayKhen = new NewRule("GKDT", "Giấy khen đo thử", Nominee.INDIVIDUAL, Category.FORM, 20, null, null,
                null, null, true, new CouncilThreshold(50, true), new BigDecimal("0.30"), "Nghị định thử", from);
        long first = rules.add(giayKhen);
        assertThat(refusal(() -> rules.add(giayKhen))).isEqualTo("commendation.rule.error.overlaps");
        rules.close(first, from.plusYears(1).minusDays(1));
        rules.add(new NewRule("GKDT", "Giấy khen đo thử", Nominee.INDIVIDUAL, Category.FORM, 20, null, null, null,
                null, true, new CouncilThreshold(50, true), new BigDecimal("0.40"), "Nghị định thử mới",
                from.plusYears(1)));
        assertThat(CommendationRule.applying(rules.all(), "GKDT", from.plusMonths(6))).map(CommendationRule::legalBasis)
                .contains("Nghị định thử");
        assertThat(CommendationRule.applying(rules.all(), "GKDT", from.plusYears(1))).map(CommendationRule::legalBasis)
                .contains("Nghị định thử mới");
        assertThat(refusal(() -> rules.addBaseSalary(Money.of(2_340_000), "Nghị định thử", from)))
                .as("the base salary of 2024 is still in force").isEqualTo("commendation.salary.error.overlaps");

        Logins.as(userDetails, "duthao");
        assertThatThrownBy(() -> rules.close(first, from)).isInstanceOf(AccessDeniedException.class);
    }
}
