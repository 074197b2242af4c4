package vn.boardflow.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The expense items in force on a date, in the order of their codes. */
public interface ExpenseItems {

    List<ExpenseItem> inForceOn(LocalDate date);

    Optional<ExpenseItem> find(String code, LocalDate date);
}
