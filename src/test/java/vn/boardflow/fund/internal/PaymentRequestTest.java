package vn.boardflow.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.internal.FormSheetsForTests;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.MoneyWords;

/** The Giấy đề nghị thanh toán of a dossier of two vouchers, opened and read, kept under target/samples. */
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
}
