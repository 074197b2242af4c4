package vn.boardflow.fund.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    boolean existsByIssuingBodyIdAndYear(long issuingBodyId, int year);

    List<Budget> findByIssuingBodyIdInOrderByYearDescIdAsc(Collection<Long> issuingBodyIds);
}
