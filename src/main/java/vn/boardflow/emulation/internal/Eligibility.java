package vn.boardflow.emulation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.CommendationRule.Category;
import vn.boardflow.emulation.Nominee;
import vn.boardflow.emulation.Proposals.Check;
import vn.boardflow.emulation.Proposals.Check.Outcome;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.VietnameseDates;

/**
 * The checks of one proposal, from what the system knows: the rule in force on the campaign's last day and whom it
 * is for; one form of commendation per nominee in the campaign (titles may stack, each once); the title a title
 * builds on; the campaign-wide ratio cap; the members' share a collective title asks; discipline; the report of the
 * achievements; and, for a collective, its ranking in the campaign's clusters.
 */
final class Eligibility {

    /** Another proposal of the same campaign, as the checks count it. */
    record Other(String formCode, Category category, String nomineeKey, Nominee nominee, UnitId nomineeUnitId) {
    }

    /** A collective's ranking in one of the campaign's ranked agreements. */
    record Ranking(String agreementTitle, int rank, int members, String total) {
    }

    /**
     * @param rule    the proposal's rule on the judging day, {@code null} when none is in force
     * @param rules   every rule in force that day, for the names of the titles a rule builds on
     * @param others  the campaign's other proposals (not this one)
     * @param ranking the collective's latest ranking in the campaign, {@code null} when it has none
     */
    record Facts(CommendationRule rule, List<CommendationRule> rules, LocalDate judgedOn, Nominee nominee,
                 String nomineeKey, UnitId nomineeUnitId, String formCode, Integer memberCount, boolean disciplined,
                 boolean reportAttached, List<Other> others, Ranking ranking) {
    }

    private Eligibility() {
    }

    static List<Check> of(Facts facts) {
        List<Check> checks = new ArrayList<>();
        CommendationRule rule = facts.rule();
        if (rule == null) {
            checks.add(failed("form", "emulation.check.formNotInForce", facts.formCode(),
                    VietnameseDates.format(facts.judgedOn())));
        } else {
            checks.add(passed("form", "emulation.check.form", rule.name(), rule.legalBasis()));
            checks.add(rule.nominee() == facts.nominee() ? passed("nominee", "emulation.check.nominee")
                    : failed("nominee", "emulation.check.nomineeOther", rule.name()));
            checks.add(once(facts, rule));
            if (rule.requiresCode() != null) {
                checks.add(builtOn(facts, rule));
            }
            if (rule.ratioCapPercent() != null) {
                checks.add(cap(facts, rule));
            }
            if (rule.memberSharePercent() != null) {
                checks.add(members(facts, rule));
            }
            if (rule.noDiscipline()) {
                checks.add(facts.disciplined() ? failed("discipline", "emulation.check.disciplined")
                        : passed("discipline", "emulation.check.noDiscipline"));
            }
        }
        checks.add(facts.reportAttached() ? passed("report", "emulation.check.report")
                : failed("report", "emulation.check.noReport"));
        if (facts.nominee() == Nominee.COLLECTIVE) {
            Ranking ranking = facts.ranking();
            checks.add(ranking == null ? noted("ranking", "emulation.check.notRanked")
                    : noted("ranking", "emulation.check.ranked", String.valueOf(ranking.rank()),
                    String.valueOf(ranking.members()), ranking.agreementTitle(), ranking.total()));
        }
        return checks;
    }

    /** A form once per nominee in the campaign; a title once, beside others. */
    private static Check once(Facts facts, CommendationRule rule) {
        boolean twice = facts.others().stream().filter(other -> other.nomineeKey().equals(facts.nomineeKey()))
                .anyMatch(other -> other.formCode().equals(facts.formCode())
                        || rule.category() == Category.FORM && other.category() == Category.FORM);
        return twice ? failed("once", rule.category() == Category.FORM ? "emulation.check.secondForm"
                : "emulation.check.sameTitle", rule.name()) : passed("once", "emulation.check.once");
    }

    private static Check builtOn(Facts facts, CommendationRule rule) {
        String required = nameOf(facts, rule.requiresCode());
        boolean holds = facts.others().stream().anyMatch(other -> other.nomineeKey().equals(facts.nomineeKey())
                && other.formCode().equals(rule.requiresCode()));
        return holds ? passed("requires", "emulation.check.holds", required)
                : failed("requires", "emulation.check.lacks", required);
    }

    /** This proposal and the campaign's others of the same form, against the cap of the required title's holders. */
    private static Check cap(Facts facts, CommendationRule rule) {
        int holders = (int) facts.others().stream().filter(other -> other.formCode().equals(rule.requiresCode()))
                .count();
        int proposed = 1 + (int) facts.others().stream().filter(other -> other.formCode().equals(facts.formCode()))
                .count();
        int cap = rule.capFor(holders);
        String[] arguments = {String.valueOf(proposed), String.valueOf(cap), String.valueOf(rule.ratioCapPercent()),
                String.valueOf(holders), nameOf(facts, rule.requiresCode())};
        return proposed <= cap ? passed("cap", "emulation.check.withinCap", arguments)
                : failed("cap", "emulation.check.overCap", arguments);
    }

    /** The collective's people proposed for the members' title, against its members. */
    private static Check members(Facts facts, CommendationRule rule) {
        if (facts.memberCount() == null) {
            return failed("members", "emulation.check.memberCountMissing");
        }
        long holding = facts.others().stream().filter(other -> other.nominee() == Nominee.INDIVIDUAL
                && other.nomineeUnitId().equals(facts.nomineeUnitId())
                && other.formCode().equals(rule.memberTitleCode())).count();
        String[] arguments = {String.valueOf(holding), String.valueOf(facts.memberCount()),
                nameOf(facts, rule.memberTitleCode()), String.valueOf(rule.memberSharePercent())};
        return holding * 100 >= (long) rule.memberSharePercent() * facts.memberCount()
                ? passed("members", "emulation.check.membersHold", arguments)
                : failed("members", "emulation.check.membersShort", arguments);
    }

    private static String nameOf(Facts facts, String code) {
        return facts.rules().stream().filter(rule -> rule.code().equals(code)).map(CommendationRule::name).findFirst()
                .orElse(code);
    }

    private static Check passed(String key, String messageKey, String... arguments) {
        return new Check(key, Outcome.PASSED, messageKey, List.of(arguments));
    }

    private static Check failed(String key, String messageKey, String... arguments) {
        return new Check(key, Outcome.FAILED, messageKey, List.of(arguments));
    }

    private static Check noted(String key, String messageKey, String... arguments) {
        return new Check(key, Outcome.NOTED, messageKey, List.of(arguments));
    }
}
