package vn.boardflow.fund.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.fund.Voucher;

/**
 * What a dossier's vouchers leave beside it: the invoices a sent dossier settles within its body (each once, the
 * table's unique key holding it under concurrency), and the scans a correction starts from.
 */
@Component
class VoucherRecords {

    private final SettlementInvoiceRepository invoices;
    private final SettlementAttachmentRepository attachments;

    VoucherRecords(SettlementInvoiceRepository invoices, SettlementAttachmentRepository attachments) {
        this.invoices = invoices;
        this.attachments = attachments;
    }

    /** The dossier's invoices as it is sent, in place of its own and those of the dossier it replaces. */
    void settleInvoicesOf(SettlementDossier dossier) {
        invoices.deleteByDossiers(SettlementInvoiceRepository.own(dossier));
        for (Voucher voucher : dossier.content().vouchers()) {
            if (voucher.hasInvoice()) {
                invoices.save(new SettlementInvoice(dossier.bodyUnitId().value(),
                        SettlementChecks.invoiceKey(voucher.invoiceNumber()), dossier.settlementId().value(),
                        voucher.no()));
            }
        }
    }

    /** The scans of {@code from}'s vouchers, given to the same vouchers of the dossier correcting it. */
    void copyScans(SettlementDossier from, SettlementDossier to) {
        attachments.copy(from.settlementId().value(), to.settlementId().value());
    }
}
