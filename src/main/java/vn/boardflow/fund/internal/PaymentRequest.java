package vn.boardflow.fund.internal;

import java.util.List;
import java.util.Set;
import vn.boardflow.document.FormSheet;
import vn.boardflow.document.FormSheet.Signatory;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * The Giấy đề nghị thanh toán a ward sends with its dossier: to the body, what is to be paid for and against which
 * line, the amount in figures and in words, the vouchers it rests on, and the signatures of the ward and the body.
 */
final class PaymentRequest {

    private PaymentRequest() {
    }

    static FormSheet of(PaperFacts facts) {
        SettlementContent content = facts.content();
        return new FormSheet(List.of("Đơn vị: " + facts.ward()), List.of(), "GIẤY ĐỀ NGHỊ THANH TOÁN",
                List.of(VietnameseDates.longDate(facts.on())), List.of(
                "Kính gửi: " + facts.bodyName(),
                "Đơn vị đề nghị thanh toán: " + facts.ward(),
                "Nội dung thanh toán: " + content.title(),
                "Khoản chi: " + facts.activity() + " — dự toán năm " + facts.year(),
                "Số tiền đề nghị thanh toán: " + VietnameseNumbers.grouped(content.requested().dong()) + " đồng.",
                "Viết bằng chữ: " + content.requested().inWords() + ".",
                "Kèm theo: " + content.vouchers().size() + " chứng từ gốc và Bảng kê chứng từ thanh toán."),
                null, List.of(), Set.of(), Set.of(), List.of(),
                VietnameseDates.documentDate(facts.place(), facts.on()),
                List.of(new Signatory("Người đề nghị", ""), new Signatory("Kế toán", ""),
                        new Signatory("Thủ trưởng đơn vị", "")), false);
    }
}
