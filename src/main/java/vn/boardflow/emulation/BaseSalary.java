package vn.boardflow.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.ValidSpan;

/** The base salary (mức lương cơ sở) a decree sets from a day on; prizes are multiples of it. */
public record BaseSalary(long id, Money amount, String legalBasis, LocalDate validFrom, LocalDate validTo) {

    public static Optional<BaseSalary> applying(List<BaseSalary> rows, LocalDate date) {
        return rows.stream().filter(row -> ValidSpan.covers(row.validFrom(), row.validTo(), date)).findFirst();
    }
}
