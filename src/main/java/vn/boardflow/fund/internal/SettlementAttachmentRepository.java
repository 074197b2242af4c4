package vn.boardflow.fund.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.fund.Settlements.Attachment;

interface SettlementAttachmentRepository extends JpaRepository<SettlementAttachment, Long> {

    /** A dossier's attachments without their bytes. */
    List<Attachment> findByDossierIdOrderByIdAsc(long dossierId);

    /** The vouchers of each dossier that carry a file, as {@code [dossierId, voucherNo]}. */
    @Query("select distinct a.dossierId, a.voucherNo from SettlementAttachment a where a.dossierId in :dossierIds")
    List<Object[]> attachedVouchers(Collection<Long> dossierIds);
}
