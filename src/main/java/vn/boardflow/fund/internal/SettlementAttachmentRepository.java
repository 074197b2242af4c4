package vn.boardflow.fund.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.fund.Settlements.Attachment;

interface SettlementAttachmentRepository extends JpaRepository<SettlementAttachment, Long> {

    /** A dossier's attachments without their bytes. */
    List<Attachment> findByDossierIdOrderByIdAsc(long dossierId);

    /** The vouchers of each dossier that carry a file, as {@code [dossierId, voucherNo]}. */
    @Query("select distinct a.dossierId, a.voucherNo from SettlementAttachment a where a.dossierId in :dossierIds")
    List<Object[]> attachedVouchers(Collection<Long> dossierIds);

    /** The scans of one dossier's vouchers given to another's, the same vouchers: a correction starts with them. */
    @Modifying
    @Query(value = "insert into settlement_attachment (dossier_id, voucher_no, file_name, content_type, size_bytes,"
            + " content, uploaded_at, uploaded_by) select :to, voucher_no, file_name, content_type, size_bytes,"
            + " content, uploaded_at, uploaded_by from settlement_attachment where dossier_id = :from",
            nativeQuery = true)
    void copy(long from, long to);
}
