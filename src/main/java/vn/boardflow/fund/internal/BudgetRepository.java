package vn.boardflow.fund.internal;

import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    boolean existsByIssuingBodyIdAndYear(long issuingBodyId, int year);

    List<Budget> findByIssuingBodyIdInOrderByYearDescIdAsc(Collection<Long> issuingBodyIds);

    /**
     * The budget, locked until the transaction ends: settlements against its lines are checked one after another,
     * so two of them never both spend the last đồng of an allocation.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Budget b where b.id = :id")
    Optional<Budget> lockById(long id);
}
