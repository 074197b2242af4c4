package vn.boardflow.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.internal.FormSheetsForTests;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.Settlements.Clearing;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.MoneyWords;

/**
 * The Giấy đề nghị thanh toán of a dossier of two vouchers, the Giấy đề nghị tạm ứng of an advance and the Giấy
 * thanh toán tiền tạm ứng of the dossier settling one: each opened and read, kept under target/samples.
 */
class PaymentRequestTest {

    @Test
    void theWardAsksForTheAmountInFiguresAndWords() {
        SettlementContent content = new SettlementContent("Sinh hoạt chi hội thanh niên công nhân nhà trọ quý I",
                null, null, Money.of(1_500_000), List.of(
                new Voucher(0, "01/PC", LocalDate.of(2018, 3, 10), "0000312", "Nước uống", "7049", Money.of(600_000),
                        null, null),
                new Voucher(0, "02/PC", LocalDate.of(2018, 3, 24), "0000345", "Thuê loa máy", "7049",
                        Money.of(900_000), null, null)));
        byte[] word = FormSheetsForTests.word(PaymentRequest.of(new PaperFacts("Phường Phú Cường",
                "Ban Tổ chức Đề án Thành phố Thủ Dầu Một", 2018, "Hỗ trợ sinh hoạt chi hội", content, "Thủ Dầu Một",
                LocalDate.of(2018, 3, 28), null)));
        Samples.write("giay-de-nghi-thanh-toan.docx", word);
        String text = WordText.of(word);
        assertThat(text).contains("GIẤY ĐỀ NGHỊ THANH TOÁN", "Kính gửi: Ban Tổ chức Đề án Thành phố Thủ Dầu Một",
                "Đơn vị đề nghị thanh toán: Phường Phú Cường", "Số tiền đề nghị thanh toán: 1.500.000 đồng.",
                "Kèm theo: 2 chứng từ gốc", "Người đề nghị", "Thủ trưởng đơn vị");
        String words = text.substring(text.indexOf("Viết bằng chữ: ") + "Viết bằng chữ: ".length());
        assertThat(MoneyWords.read(words.substring(0, words.indexOf('.') + 1))).isEqualTo(1_500_000);
    }

    @Test
    void theWardAsksForAnAdvanceWithItsReasonAndDayToSettleBy() {
        SettlementContent content = new SettlementContent("Tổ chức hội thi tìm hiểu Đề án", null, null,
                Money.of(3_000_000), List.of(), LocalDate.of(2018, 6, 30));
        byte[] word = FormSheetsForTests.word(PaymentRequest.advance(new PaperFacts("Phường Phú Lợi",
                "Ban Tổ chức Đề án Thành phố Thủ Dầu Một", 2018, "Hỗ trợ sinh hoạt chi hội", content, "Thủ Dầu Một",
                LocalDate.of(2018, 5, 2), null)));
        Samples.write("giay-de-nghi-tam-ung.docx", word);
        String text = WordText.of(word);
        assertThat(text).contains("Mẫu số C42-HD", "GIẤY ĐỀ NGHỊ TẠM ỨNG", "Đơn vị đề nghị tạm ứng: Phường Phú Lợi",
                "Đề nghị cho tạm ứng số tiền: 3.000.000 đồng.", "Lý do tạm ứng: Tổ chức hội thi tìm hiểu Đề án",
                "Thời hạn thanh toán: 30/06/2018.", "Người đề nghị tạm ứng", "Thủ trưởng đơn vị");
        String words = text.substring(text.indexOf("Viết bằng chữ: ") + "Viết bằng chữ: ".length());
        assertThat(MoneyWords.read(words.substring(0, words.indexOf('.') + 1))).isEqualTo(3_000_000);
    }

    @Test
    void theDossierSettlingAnAdvanceSaysWhatIsPaidBack() {
        SettlementContent content = new SettlementContent("Thanh toán tạm ứng: Tổ chức hội thi tìm hiểu Đề án", null,
                null, Money.of(2_650_000), List.of(new Voucher(0, "07/PC", LocalDate.of(2018, 6, 12), "0004521",
                "Giải thưởng hội thi", "7049", Money.of(2_650_000), null, null)));
        byte[] word = FormSheetsForTests.word(PaymentRequest.of(new PaperFacts("Phường Phú Lợi",
                "Ban Tổ chức Đề án Thành phố Thủ Dầu Một", 2018, "Hỗ trợ sinh hoạt chi hội", content, "Thủ Dầu Một",
                LocalDate.of(2018, 6, 20), new Clearing(Money.of(3_000_000), Money.of(2_650_000)))));
        Samples.write("giay-thanh-toan-tien-tam-ung.docx", word);
        assertThat(WordText.of(word)).contains("GIẤY THANH TOÁN TIỀN TẠM ỨNG",
                "Số tiền tạm ứng đã nhận: 3.000.000 đồng.", "Số tiền tạm ứng chi không hết, nộp lại: 350.000 đồng.");
    }
}
