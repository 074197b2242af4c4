package vn.boardflow.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.FormSheet;
import vn.boardflow.document.internal.FormSheetsForTests;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;

/**
 * The Bảng kê of a dossier of three vouchers under two tiểu mục: its columns, a subtotal a tiểu mục, the total in
 * figures and in words, the three signatures; the Word file is opened and read, and kept under target/samples.
 */
class VoucherListTest {

    @Test
    void theVouchersAreListedByItemWithSubtotalsAndTheTotalInWords() throws Exception {
        SettlementContent content = new SettlementContent("Hội nghị sơ kết 6 tháng đầu năm 2026",
                LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 10), Money.of(3_950_000), List.of(
                new Voucher(0, "02/PC", LocalDate.of(2026, 7, 10), "0001235", "Nước uống đại biểu", "6699",
                        Money.of(450_000), 20, 2),
                new Voucher(0, "01/PC", LocalDate.of(2026, 7, 10), "0001234", "Tiền ăn đại biểu hội nghị", "6658",
                        Money.of(3_000_000), 20, 1),
                new Voucher(0, "03/PC", LocalDate.of(2026, 7, 8), "", "Thuê loa máy phục vụ hội nghị", "6699",
                        Money.of(500_000), null, null)));
        FormSheet sheet = VoucherList.of(new PaperFacts("Phường Phú Cường", "Ban Tổ chức Đề án Thành phố",
                2026, "Hội nghị sơ kết Đề án 6 tháng", content, "Thủ Dầu Một", LocalDate.of(2026, 7, 13),
                null));
        assertThat(sheet.table().headers()).containsExactly("TT", "Số hóa đơn", "Số chứng từ", "Ngày chứng từ",
                "Mục/tiểu mục", "Nội dung chi", "Số tiền");
        assertThat(sheet.table().rows()).extracting(row -> row.get(5)).containsExactly("Tiền ăn đại biểu hội nghị",
                "Cộng tiểu mục 6658", "Thuê loa máy phục vụ hội nghị", "Nước uống đại biểu", "Cộng tiểu mục 6699",
                "Tổng cộng");
        assertThat(sheet.boldRows()).containsExactlyInAnyOrder(1, 4, 5);
        assertThat(sheet.landscape()).isFalse();

        byte[] word = FormSheetsForTests.word(sheet);
        Samples.write("bang-ke-chung-tu-thanh-toan.docx", word);
        assertThat(WordText.of(word)).contains("Đơn vị: Phường Phú Cường", "BẢNG KÊ CHỨNG TỪ THANH TOÁN",
                "Cộng tiểu mục 6699", "950.000", "3.950.000",
                "Tổng số tiền bằng chữ: Ba triệu chín trăm năm mươi nghìn đồng chẵn.",
                "Thủ Dầu Một, ngày 13 tháng 7 năm 2026", "Người lập biểu", "Kế toán", "Thủ trưởng đơn vị");
    }
}
