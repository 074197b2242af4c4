package vn.boardflow.fund.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpenseItemRepository extends JpaRepository<ExpenseItemRecord, Long> {

    List<ExpenseItemRecord> findAllByOrderByCodeAscValidFromAsc();
}
