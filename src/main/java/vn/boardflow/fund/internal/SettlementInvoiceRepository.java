package vn.boardflow.fund.internal;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SettlementInvoiceRepository extends JpaRepository<SettlementInvoice, Long> {

    /** Which of these invoices the body's other dossiers settle. */
    @Query("select i.invoiceKey from SettlementInvoice i where i.bodyUnitId = :bodyUnitId"
            + " and i.invoiceKey in :keys and i.dossierId <> :dossierId")
    Set<String> settledElsewhere(long bodyUnitId, Collection<String> keys, long dossierId);

    @Modifying
    @Query("delete from SettlementInvoice i where i.dossierId = :dossierId")
    void deleteByDossier(long dossierId);
}
