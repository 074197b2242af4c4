package vn.boardflow.fund;

/** The papers of a dossier, filled in from its vouchers, for whoever reads the dossier. */
public interface SettlementPapers {

    /** The Bảng kê chứng từ thanh toán as a Word file. */
    Paper voucherList(SettlementId id);

    record Paper(String fileName, String contentType, byte[] content) {
    }
}
