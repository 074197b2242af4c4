package vn.boardflow.emulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.CommendationRule.Category;
import vn.boardflow.emulation.CommendationRule.CouncilThreshold;
import vn.boardflow.emulation.Nominee;
import vn.boardflow.emulation.Proposals.Check;
import vn.boardflow.emulation.Proposals.Check.Outcome;
import vn.boardflow.emulation.internal.Eligibility.Facts;
import vn.boardflow.emulation.internal.Eligibility.Other;
import vn.boardflow.emulation.internal.Eligibility.Ranking;
import vn.boardflow.org.UnitId;

class EligibilityTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 31);
    static final UnitId WARD = UnitId.of(21);
    static final CommendationRule LDTT = rule("LDTT", Nominee.INDIVIDUAL, Category.TITLE, null, null, null, null);
    static final CommendationRule CSTDCS = rule("CSTDCS", Nominee.INDIVIDUAL, Category.TITLE, "LDTT", 15, null, null);
    static final CommendationRule GK = rule("GK", Nominee.INDIVIDUAL, Category.FORM, null, null, null, null);
    static final CommendationRule BK = rule("BK", Nominee.INDIVIDUAL, Category.FORM, null, null, null, null);
    static final CommendationRule TTLDXS = rule("TTLDXS", Nominee.COLLECTIVE, Category.TITLE, null, null, "LDTT", 70);
    static final List<CommendationRule> RULES = List.of(LDTT, CSTDCS, GK, BK, TTLDXS);

    static CommendationRule rule(String code, Nominee nominee, Category category, String requires, Integer cap,
                                 String memberTitle, Integer memberShare) {
        return new CommendationRule(code.hashCode(), code, "Danh hiệu " + code, nominee, category, 10, requires, cap,
                memberTitle, memberShare, true, new CouncilThreshold(70, false), BigDecimal.ONE, "Nghị định 98/2023",
                LocalDate.of(2024, 1, 1), null);
    }

    static Facts person(CommendationRule rule, String key, List<Other> others) {
        return new Facts(rule, RULES, DAY, Nominee.INDIVIDUAL, key, WARD, rule.code(), null, false, true, others, null);
    }

    static Other holding(String code, String key) {
        return new Other(code, code.equals("GK") || code.equals("BK") ? Category.FORM : Category.TITLE, key,
                Nominee.INDIVIDUAL, WARD);
    }

    static Outcome outcome(List<Check> checks, String key) {
        return checks.stream().filter(check -> check.key().equals(key)).findFirst().orElseThrow().outcome();
    }

    @Test
    void aTitleBuildsOnTheOneItRequiresOfTheSameNominee() {
        assertThat(outcome(Eligibility.of(person(CSTDCS, "an@21", List.of(holding("LDTT", "binh@21")))), "requires"))
                .isEqualTo(Outcome.FAILED);
        List<Check> holds = Eligibility.of(person(CSTDCS, "an@21", List.of(holding("LDTT", "an@21"))));
        assertThat(outcome(holds, "requires")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(holds, "once")).as("a title beside the one it builds on").isEqualTo(Outcome.PASSED);
    }

    @Test
    void theRatioCapCountsTheCampaignsHoldersOfTheRequiredTitle() {
        List<Other> others = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> others.add(holding("LDTT", "nguoi" + i + "@21")));
        others.add(holding("LDTT", "an@21"));
        // 11 holders at 15 %: one may be Chiến sĩ thi đua cơ sở
        assertThat(outcome(Eligibility.of(person(CSTDCS, "an@21", others)), "cap")).isEqualTo(Outcome.PASSED);
        others.add(holding("CSTDCS", "nguoi1@21"));
        List<Check> second = Eligibility.of(person(CSTDCS, "an@21", others));
        assertThat(outcome(second, "cap")).isEqualTo(Outcome.FAILED);
        assertThat(second).filteredOn(check -> check.key().equals("cap")).singleElement()
                .satisfies(check -> assertThat(check.arguments()).containsExactly("2", "1", "15", "11",
                        "Danh hiệu LDTT"));
    }

    @Test
    void oneFormOfCommendationPerNomineeAndEachTitleOnce() {
        assertThat(outcome(Eligibility.of(person(BK, "an@21", List.of(holding("GK", "an@21")))), "once"))
                .isEqualTo(Outcome.FAILED);
        assertThat(outcome(Eligibility.of(person(GK, "an@21", List.of(holding("LDTT", "an@21")))), "once"))
                .as("a form beside a title").isEqualTo(Outcome.PASSED);
        assertThat(outcome(Eligibility.of(person(LDTT, "an@21", List.of(holding("LDTT", "an@21")))), "once"))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void aCollectiveTitleAsksItsShareOfMembersHoldingTheMembersTitle() {
        List<Other> seven = IntStream.range(0, 7).mapToObj(i -> holding("LDTT", "nguoi" + i + "@21")).toList();
        Ranking ranked = new Ranking("Giao ước thi đua năm 2026 · Cụm 1", 1, 7, "92,5");
        Facts collective = new Facts(TTLDXS, RULES, DAY, Nominee.COLLECTIVE, "unit:21", WARD, "TTLDXS", 10, false,
                true, seven, ranked);
        List<Check> checks = Eligibility.of(collective);
        assertThat(outcome(checks, "members")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(checks, "ranking")).isEqualTo(Outcome.NOTED);
        assertThat(checks).filteredOn(check -> check.key().equals("ranking")).singleElement()
                .satisfies(check -> assertThat(check.arguments()).containsExactly("1", "7",
                        "Giao ước thi đua năm 2026 · Cụm 1", "92,5"));
        assertThat(outcome(Eligibility.of(new Facts(TTLDXS, RULES, DAY, Nominee.COLLECTIVE, "unit:21", WARD, "TTLDXS",
                11, false, true, seven, null)), "members")).as("7 of 11 is under 70 %").isEqualTo(Outcome.FAILED);
        assertThat(outcome(Eligibility.of(new Facts(TTLDXS, RULES, DAY, Nominee.COLLECTIVE, "unit:21", WARD, "TTLDXS",
                null, false, true, seven, null)), "members")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aRuleNotInForceTheWrongNomineeDisciplineAndAMissingReportFail() {
        assertThat(outcome(Eligibility.of(new Facts(null, RULES, DAY, Nominee.INDIVIDUAL, "an@21", WARD, "CSTDTQ", null,
                false, true, List.of(), null)), "form")).isEqualTo(Outcome.FAILED);
        assertThat(outcome(Eligibility.of(new Facts(TTLDXS, RULES, DAY, Nominee.INDIVIDUAL, "an@21", WARD, "TTLDXS",
                null, false, true, List.of(), null)), "nominee")).isEqualTo(Outcome.FAILED);
        List<Check> checks = Eligibility.of(new Facts(GK, RULES, DAY, Nominee.INDIVIDUAL, "an@21", WARD, "GK", null,
                true, false, List.of(), null));
        assertThat(outcome(checks, "discipline")).isEqualTo(Outcome.FAILED);
        assertThat(outcome(checks, "report")).isEqualTo(Outcome.FAILED);
        assertThat(outcome(Eligibility.of(person(GK, "an@21", List.of())), "report")).isEqualTo(Outcome.PASSED);
    }
}
