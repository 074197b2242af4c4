package vn.boardflow.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.ValidSpan;

/**
 * A title or form of commendation (danh hiệu, hình thức khen thưởng) as a legal text sets it from a day on: whom it
 * is for, what it asks of the nominee, how many may hold it, what the council's vote must reach, and its prize.
 *
 * @param code               the same for every row of one title across texts ("CSTDCS"), so a new text replaces it
 * @param category           a title given on top of those it builds on, or a form of commendation, one per achievement
 * @param precedence         higher for the higher form; a nominee may be lowered to a form of lower precedence
 * @param requiresCode       the title the nominee must already hold in the campaign ("LDTT"), {@code null} for none
 * @param ratioCapPercent    at most this share of the holders of the required title may be given it, {@code null}
 *                           without a cap
 * @param memberTitleCode    the title this share of a collective's members must hold, with {@code memberSharePercent}
 * @param noDiscipline       refused to a nominee (or a collective with a member) under discipline
 * @param prizeCoefficient   the prize as a multiple of the base salary in force on the decision's day
 * @param validTo            the last day it applies, {@code null} while in force
 */
public record CommendationRule(long id, String code, String name, Nominee nominee, Category category,
                               int precedence, String requiresCode,
                               Integer ratioCapPercent, String memberTitleCode, Integer memberSharePercent,
                               boolean noDiscipline, CouncilThreshold threshold, BigDecimal prizeCoefficient,
                               String legalBasis, LocalDate validFrom, LocalDate validTo) {

    /** A title (danh hiệu) or a form of commendation (hình thức khen thưởng). */
    public enum Category {
        TITLE, FORM;

        public String messageKey() {
            return "commendation.category." + name();
        }
    }

    /** The row of that code a case of that day is judged by, if any. */
    public static Optional<CommendationRule> applying(List<CommendationRule> rules, String code, LocalDate date) {
        return rules.stream().filter(rule -> rule.code().equals(code) && rule.inForceOn(date)).findFirst();
    }

    public boolean inForceOn(LocalDate date) {
        return ValidSpan.covers(validFrom, validTo, date);
    }

    /** The prize: the coefficient times the base salary, to the đồng. */
    public Money prize(Money baseSalary) {
        return Money.of(prizeCoefficient.multiply(BigDecimal.valueOf(baseSalary.dong()))
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** How many of a campaign's holders of the required title may be given this one: the cap rounded down. */
    public Integer capFor(int holdersOfRequired) {
        return ratioCapPercent == null ? null : holdersOfRequired * ratioCapPercent / 100;
    }

    /**
     * The share of all the council's members whose votes for a nominee carry it: reached, or exceeded (quá bán).
     */
    public record CouncilThreshold(int percent, boolean above) {

        public CouncilThreshold {
            if (percent < 1 || percent > 100) {
                throw new IllegalArgumentException("a share of members is between 1 and 100 %: " + percent);
            }
        }

        /** Whether so many votes for, of a council of so many members (present or not), carry the nominee. */
        public boolean carries(int votesFor, int members) {
            long share = (long) votesFor * 100;
            long needed = (long) percent * members;
            return above ? share > needed : share >= needed;
        }
    }
}
