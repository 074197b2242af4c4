package vn.boardflow.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.fund.ExpenseItems;

/** The classification as the database keeps it: a handful of rows, read whole. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class JpaExpenseItems implements ExpenseItems {

    private final ExpenseItemRepository items;

    JpaExpenseItems(ExpenseItemRepository items) {
        this.items = items;
    }

    @Override
    public List<ExpenseItem> inForceOn(LocalDate date) {
        return items.findAllByOrderByCodeAscValidFromAsc().stream().map(ExpenseItemRecord::view)
                .filter(item -> item.inForceOn(date)).toList();
    }

    @Override
    public Optional<ExpenseItem> find(String code, LocalDate date) {
        return inForceOn(date).stream().filter(item -> item.code().equals(code)).findFirst();
    }
}
