package vn.boardflow.emulation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.emulation.BaseSalary;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.CommendationRules;
import vn.boardflow.emulation.EmulationEvents.RuleChanged;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * The rules as the database keeps them, a few dozen rows read whole. The law is the country's, so the rows are
 * written by an administrator of the whole organisation (of a unit at its top).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class JpaCommendationRules implements CommendationRules {

    private static final String RULE = "CommendationRule";
    private static final String SALARY = "BaseSalary";

    private final CommendationRuleRepository rules;
    private final BaseSalaryRepository salaries;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaCommendationRules(CommendationRuleRepository rules, BaseSalaryRepository salaries, AccessPolicy access,
                         CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.salaries = salaries;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<CommendationRule> all() {
        return rules.findAllByOrderByCodeAscSpanValidFromAsc().stream().map(CommendationRuleRecord::view).toList();
    }

    @Override
    public List<CommendationRule> inForceOn(LocalDate date) {
        return all().stream().filter(rule -> rule.inForceOn(date))
                .sorted(Comparator.comparing(CommendationRule::nominee)
                        .thenComparing(Comparator.comparingInt(CommendationRule::precedence).reversed()))
                .toList();
    }

    @Override
    public List<BaseSalary> baseSalaries() {
        return salaries.findAllByOrderBySpanValidFromAsc().stream().map(BaseSalaryRecord::view).toList();
    }

    @Override
    @Transactional
    public long add(NewRule rule) {
        requireAdministrator();
        RuleViolation.require(rule.code() != null && rule.code().matches("[A-Z_]{2,20}"),
                "commendation.rule.error.code");
        RuleViolation.require(filled(rule.name()) && filled(rule.legalBasis()),
                "commendation.rule.error.nameAndBasisRequired");
        RuleViolation.require(rule.nominee() != null && rule.category() != null && rule.validFrom() != null
                && rule.threshold() != null,
                "commendation.rule.error.nomineeAndDateRequired");
        RuleViolation.require(rule.prizeCoefficient() != null && rule.prizeCoefficient().signum() >= 0
                && rule.prizeCoefficient().compareTo(BigDecimal.valueOf(100)) < 0, "commendation.rule.error.prize");
        RuleViolation.require(percentOrNone(rule.ratioCapPercent()) && percentOrNone(rule.memberSharePercent()),
                "commendation.rule.error.percent");
        RuleViolation.require((rule.memberSharePercent() == null) == (rule.memberTitleCode() == null),
                "commendation.rule.error.memberShare");
        RuleViolation.require(rule.ratioCapPercent() == null || rule.requiresCode() != null,
                "commendation.rule.error.capNeedsTitle");
        RuleViolation.require(rules.findAll().stream().noneMatch(kept -> kept.overlaps(rule.code(), rule.validFrom())),
                "commendation.rule.error.overlaps", rule.code());
        CommendationRule kept = rules.save(new CommendationRuleRecord(rule, currentUser.actor().username(),
                clock.instant())).view();
        events.publishEvent(new RuleChanged(RULE, kept.id(), kept.code(), kept.legalBasis(), kept.validFrom(), null));
        return kept.id();
    }

    @Override
    @Transactional
    public void close(long id, LocalDate lastDay) {
        requireAdministrator();
        CommendationRuleRecord rule = rules.findById(id)
                .orElseThrow(() -> new RuleViolation("commendation.rule.error.notFound"));
        rule.closeOn(lastDay);
        CommendationRule view = rule.view();
        events.publishEvent(new RuleChanged(RULE, id, view.code(), view.legalBasis(), view.validFrom(), lastDay));
    }

    @Override
    @Transactional
    public long addBaseSalary(Money amount, String legalBasis, LocalDate validFrom) {
        requireAdministrator();
        RuleViolation.require(amount != null && !amount.isNegative() && !amount.isZero(),
                "commendation.salary.error.amount");
        RuleViolation.require(filled(legalBasis) && validFrom != null, "commendation.rule.error.nameAndBasisRequired");
        RuleViolation.require(salaries.findAll().stream().noneMatch(kept -> kept.overlapsFrom(validFrom)),
                "commendation.salary.error.overlaps");
        BaseSalary kept = salaries.save(new BaseSalaryRecord(amount, legalBasis.strip(), validFrom,
                currentUser.actor().username(), clock.instant())).view();
        events.publishEvent(new RuleChanged(SALARY, kept.id(), kept.amount().display(), kept.legalBasis(),
                validFrom, null));
        return kept.id();
    }

    @Override
    @Transactional
    public void closeBaseSalary(long id, LocalDate lastDay) {
        requireAdministrator();
        BaseSalaryRecord salary = salaries.findById(id)
                .orElseThrow(() -> new RuleViolation("commendation.rule.error.notFound"));
        salary.closeOn(lastDay);
        BaseSalary view = salary.view();
        events.publishEvent(new RuleChanged(SALARY, id, view.amount().display(), view.legalBasis(), view.validFrom(),
                lastDay));
    }

    /** The law is the country's: an administrator of a unit at the top writes it. */
    private void requireAdministrator() {
        access.requireAdministers(null);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean percentOrNone(Integer percent) {
        return percent == null || percent >= 1 && percent <= 100;
    }
}
