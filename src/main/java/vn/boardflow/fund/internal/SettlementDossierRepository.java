package vn.boardflow.fund.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SettlementDossierRepository extends JpaRepository<SettlementDossier, Long> {

    List<SettlementDossier> findByWardUnitIdInOrderByUpdatedAtDescIdDesc(Collection<Long> wardUnitIds);

    List<SettlementDossier> findByBodyUnitIdInOrderByUpdatedAtDescIdDesc(Collection<Long> bodyUnitIds);

    /** The ward's dossiers on one allocation, whose amounts count against it. */
    List<SettlementDossier> findByBudgetIdAndLineKeyAndWardUnitId(long budgetId, int lineKey, long wardUnitId);
}
