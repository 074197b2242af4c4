package vn.boardflow.fund.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.fund.SettlementStatus;

interface SettlementDossierRepository extends JpaRepository<SettlementDossier, Long> {

    List<SettlementDossier> findByWardUnitIdInOrderByUpdatedAtDescIdDesc(Collection<Long> wardUnitIds);

    List<SettlementDossier> findByBodyUnitIdInOrderByUpdatedAtDescIdDesc(Collection<Long> bodyUnitIds);

    /** The bodies' dossiers at these places on their route, such as those waiting for one of the body's steps. */
    List<SettlementDossier> findByBodyUnitIdInAndStatusInOrderByUpdatedAtDescIdDesc(Collection<Long> bodyUnitIds,
                                                                                  Collection<SettlementStatus> statuses);

    /**
     * What a budget's dossiers ask and were approved for, by line, ward and status, as
     * {@code [lineKey, wardUnitId, status, requested, approved]}.
     */
    @Query("select d.lineKey, d.wardUnitId, d.status, sum(d.written.requested), sum(d.approval.amount)"
            + " from SettlementDossier d where d.budgetId = :budgetId group by d.lineKey, d.wardUnitId, d.status")
    List<Object[]> sumsOf(long budgetId);

    long countByBudgetIdAndStatusIn(long budgetId, Collection<SettlementStatus> statuses);

    /** The ward's dossiers on one allocation, whose amounts count against it. */
    List<SettlementDossier> findByBudgetIdAndLineKeyAndWardUnitId(long budgetId, int lineKey, long wardUnitId);
}
