package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invoice a sent dossier settles, once within its body: the table's unique key holds it under concurrency. */
@Entity
@Table(name = "settlement_invoice")
class SettlementInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_unit_id", nullable = false, updatable = false)
    private long bodyUnitId;

    @Column(name = "invoice_key", nullable = false, updatable = false)
    private String invoiceKey;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(name = "voucher_no", nullable = false, updatable = false)
    private int voucherNo;

    protected SettlementInvoice() {
    }

    SettlementInvoice(long bodyUnitId, String invoiceKey, long dossierId, int voucherNo) {
        this.bodyUnitId = bodyUnitId;
        this.invoiceKey = invoiceKey;
        this.dossierId = dossierId;
        this.voucherNo = voucherNo;
    }
}
