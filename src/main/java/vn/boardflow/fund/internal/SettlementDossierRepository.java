package vn.boardflow.fund.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.fund.SettlementStatus;

interface SettlementDossierRepository extends JpaRepository<SettlementDossier, Long> {

    List<SettlementDossier> findByWardUnitIdInOrderByUpdatedAtDescIdDesc(Collection<Long> wardUnitIds);

    List<SettlementDossier> findByBodyUnitIdInOrderByUpdatedAtDescIdDesc(Collection<Long> bodyUnitIds);

    /** The bodies' dossiers at these places on their route, such as those waiting for one of the body's steps. */
    List<SettlementDossier> findByBodyUnitIdInAndRouteStatusInOrderByUpdatedAtDescIdDesc(
            Collection<Long> bodyUnitIds, Collection<SettlementStatus> statuses);

    /** A budget's dossiers' amounts, as {@link AllocationUse.Row#of} reads them. */
    @Query(AMOUNTS + " where d.budgetId = :budgetId")
    List<Object[]> amountsOf(long budgetId);

    /** The amounts of the ward's dossiers on one allocation. */
    @Query(AMOUNTS + " where d.budgetId = :budgetId and d.lineKey = :lineKey and d.wardUnitId = :wardUnitId")
    List<Object[]> amountsOf(long budgetId, int lineKey, long wardUnitId);

    long countByBudgetIdAndRouteStatusIn(long budgetId, Collection<SettlementStatus> statuses);

    /** The dossier that clears or corrects this one, if there is one. */
    @Query("select d from SettlementDossier d where d.origin.advanceId = :id or d.origin.correctsId = :id")
    Optional<SettlementDossier> followerOf(long id);

    String AMOUNTS = "select d.id, d.origin.kind, coalesce(d.origin.advanceId, d.origin.correctsId), d.lineKey,"
            + " d.wardUnitId, d.route.status, d.written.requested, d.approval.amount from SettlementDossier d";
}
