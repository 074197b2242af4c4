package vn.boardflow.fund.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SettlementInvoiceRepository extends JpaRepository<SettlementInvoice, Long> {

    /** Which of these invoices the body's dossiers settle, other than those given as the dossier's {@link #own}. */
    @Query("select i.invoiceKey from SettlementInvoice i where i.bodyUnitId = :bodyUnitId"
            + " and i.invoiceKey in :keys and i.dossierId not in :own")
    Set<String> settledElsewhere(long bodyUnitId, Collection<String> keys, Collection<Long> own);

    @Modifying
    @Query("delete from SettlementInvoice i where i.dossierId in :dossierIds")
    void deleteByDossiers(Collection<Long> dossierIds);

    /** The dossiers whose invoices are a dossier's own: itself, and the dossier it replaces. */
    static List<Long> own(SettlementDossier dossier) {
        List<Long> own = new ArrayList<>(List.of(dossier.settlementId().value()));
        dossier.replaces().ifPresent(replaced -> own.add(replaced.value()));
        return own;
    }
}
