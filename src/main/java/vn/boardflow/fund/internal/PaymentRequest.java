package vn.boardflow.fund.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.boardflow.document.FormSheet;
import vn.boardflow.document.FormSheet.Signatory;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.Settlements.Clearing;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * The Giấy đề nghị thanh toán a ward sends with its dossier: to the body, what is to be paid for and against which
 * line, the amount in figures and in words, the vouchers it rests on, and the signatures of the ward and the body.
 * A dossier clearing an advance sends it as the Giấy thanh toán tiền tạm ứng, with the advance received and the
 * difference to pay back or to be paid; an advance is asked for with the Giấy đề nghị tạm ứng.
 */
final class PaymentRequest {

    /** The form of the Giấy đề nghị tạm ứng in the public-sector accounting regime in force since 2025. */
    private static final List<String> ADVANCE_FORM = List.of("Mẫu số C42-HD",
            "(Ban hành kèm theo Thông tư số 24/2024/TT-BTC)");

    private PaymentRequest() {
    }

    static FormSheet of(PaperFacts facts) {
        SettlementContent content = facts.content();
        List<String> lines = new ArrayList<>(List.of(
                "Kính gửi: " + facts.bodyName(),
                "Đơn vị đề nghị thanh toán: " + facts.ward(),
                "Nội dung thanh toán: " + content.title(),
                "Khoản chi: " + facts.activity() + " — dự toán năm " + facts.year(),
                "Số tiền đề nghị thanh toán: " + dong(content.requested()),
                "Viết bằng chữ: " + content.requested().inWords() + "."));
        Clearing clearing = facts.clearing();
        if (clearing != null) {
            lines.add("Số tiền tạm ứng đã nhận: " + dong(clearing.received()));
            lines.add(clearing.refund().isZero() ? "Số tiền đề nghị chi thêm: " + dong(clearing.toPay())
                    : "Số tiền tạm ứng chi không hết, nộp lại: " + dong(clearing.refund()));
        }
        lines.add("Kèm theo: " + content.vouchers().size() + " chứng từ gốc và Bảng kê chứng từ thanh toán.");
        return form(facts, List.of(), clearing == null ? "GIẤY ĐỀ NGHỊ THANH TOÁN" : "GIẤY THANH TOÁN TIỀN TẠM ỨNG",
                lines, "Người đề nghị");
    }

    /** The Giấy đề nghị tạm ứng of an advance: how much, why, against which line, and by when it is settled. */
    static FormSheet advance(PaperFacts facts) {
        SettlementContent content = facts.content();
        return form(facts, ADVANCE_FORM, "GIẤY ĐỀ NGHỊ TẠM ỨNG", List.of(
                "Kính gửi: " + facts.bodyName(),
                "Đơn vị đề nghị tạm ứng: " + facts.ward(),
                "Đề nghị cho tạm ứng số tiền: " + dong(content.requested()),
                "Viết bằng chữ: " + content.requested().inWords() + ".",
                "Lý do tạm ứng: " + content.title(),
                "Khoản chi: " + facts.activity() + " — dự toán năm " + facts.year(),
                "Thời hạn thanh toán: " + (content.settleBy() == null ? "…"
                        : VietnameseDates.format(content.settleBy())) + "."), "Người đề nghị tạm ứng");
    }

    private static FormSheet form(PaperFacts facts, List<String> formCode, String title, List<String> lines,
                                  String requester) {
        return new FormSheet(List.of("Đơn vị: " + facts.ward()), formCode, title,
                List.of(VietnameseDates.longDate(facts.on())), lines, null, List.of(), Set.of(), Set.of(), List.of(),
                VietnameseDates.documentDate(facts.place(), facts.on()),
                List.of(new Signatory(requester, ""), new Signatory("Kế toán", ""),
                        new Signatory("Thủ trưởng đơn vị", "")), false);
    }

    private static String dong(Money amount) {
        return VietnameseNumbers.grouped(amount.dong()) + " đồng.";
    }
}
