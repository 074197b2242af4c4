package vn.boardflow.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.ValidSpan;

/**
 * A định mức chi: the most a tiểu mục may spend per person and day, per person and half-day, or per person, in a
 * province or nationwide, as the text that sets it says from a day on.
 *
 * @param provinceUnitId the province it applies in, {@code null} for the nationwide ceiling
 * @param validTo        the last day it applies, {@code null} while in force
 */
public record SpendingNorm(long id, UnitId provinceUnitId, String provinceName, String itemCode, String name,
                           Basis basis, Money maxAmount, String legalBasis, LocalDate validFrom, LocalDate validTo) {

    /** What the amount is counted per: a voucher says how many people and how many days or half-days. */
    public enum Basis {
        PERSON_DAY, PERSON_HALF_DAY, PERSON;

        /** Whether a voucher's sessions (days or half-days) count. */
        public boolean countsSessions() {
            return this != PERSON;
        }

        public String messageKey() {
            return "norm.basis." + name();
        }
    }

    /**
     * The norm a voucher of that day is judged by, for spending of a body in that province: the province's own row
     * in force, else the nationwide ceiling in force.
     *
     * @param rows the item's rows
     */
    public static Optional<SpendingNorm> applying(List<SpendingNorm> rows, UnitId provinceUnitId, LocalDate date) {
        List<SpendingNorm> inForce = rows.stream().filter(norm -> norm.inForceOn(date)).toList();
        return inForce.stream().filter(norm -> provinceUnitId != null && provinceUnitId.equals(norm.provinceUnitId()))
                .findFirst().or(() -> inForce.stream().filter(norm -> norm.provinceUnitId() == null).findFirst());
    }

    public boolean inForceOn(LocalDate date) {
        return ValidSpan.covers(validFrom, validTo, date);
    }

    /** The most a voucher for so many people and sessions may be. */
    public Money ceiling(int persons, int sessions) {
        return maxAmount.times((long) persons * (basis.countsSessions() ? sessions : 1));
    }
}
