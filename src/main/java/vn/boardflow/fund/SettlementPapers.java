package vn.boardflow.fund;

/** The papers of a dossier, filled in from its vouchers, for whoever reads the dossier. */
public interface SettlementPapers {

    /** The Bảng kê chứng từ thanh toán as a Word file. */
    Paper voucherList(SettlementId id);

    /** The same Bảng kê as an Excel workbook, its amounts as numbers. */
    Paper voucherListSheet(SettlementId id);

    /**
     * The Giấy đề nghị thanh toán the ward sends with the dossier (the Giấy thanh toán tiền tạm ứng when it clears
     * an advance; for an advance, the Giấy đề nghị tạm ứng), as a Word file.
     */
    Paper paymentRequest(SettlementId id);

    record Paper(String fileName, String contentType, byte[] content) {
    }
}
