package vn.boardflow.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.emulation.CommendationRule.CouncilThreshold;
import vn.boardflow.shared.Money;

/**
 * The titles and forms of commendation and the base salary, as data: read by everyone who proposes, checks or
 * decides, written by an administrator of the whole organisation. A row is never changed in place: a new text
 * opens a new row and closes the old one on the day before, so each proposal is judged by its campaign's date.
 */
public interface CommendationRules {

    /** Every row, by code and date. */
    List<CommendationRule> all();

    /** The rows in force on a day, highest precedence first. */
    List<CommendationRule> inForceOn(LocalDate date);

    List<BaseSalary> baseSalaries();

    /** A new row; refused when one of the same code is still in force on its first day. Administrators only. */
    long add(NewRule rule);

    /** The row applies until that day and no longer. Administrators only. */
    void close(long id, LocalDate lastDay);

    /** A new base salary; refused while the one before it has no last day before it. Administrators only. */
    long addBaseSalary(Money amount, String legalBasis, LocalDate validFrom);

    void closeBaseSalary(long id, LocalDate lastDay);

    record NewRule(String code, String name, Nominee nominee, CommendationRule.Category category, int precedence,
                   String requiresCode,
                   Integer ratioCapPercent, String memberTitleCode, Integer memberSharePercent, boolean noDiscipline,
                   CouncilThreshold threshold, BigDecimal prizeCoefficient, String legalBasis, LocalDate validFrom) {
    }
}
