package vn.boardflow.fund.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.FormSheet;
import vn.boardflow.document.FormSheet.Signatory;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * The Bảng kê chứng từ thanh toán of a dossier: its vouchers by tiểu mục, each with its invoice, number, date and
 * content, a subtotal under each tiểu mục, the total in figures and in words, and the three signatures of the
 * ward. A page turns landscape when a voucher's content is too long for a portrait column.
 */
final class VoucherList {

    static final List<String> COLUMNS = List.of("TT", "Số hóa đơn", "Số chứng từ", "Ngày chứng từ", "Mục/tiểu mục",
            "Nội dung chi", "Số tiền");
    private static final List<Integer> WEIGHTS = List.of(4, 10, 8, 10, 7, 19, 10);
    private static final int AMOUNT_COLUMN = 6;
    private static final int PORTRAIT_CONTENT = 60;

    private VoucherList() {
    }

    static FormSheet of(PaperFacts facts) {
        Map<String, List<Voucher>> byItem = new TreeMap<>();
        facts.content().vouchers().stream()
                .sorted(Comparator.comparing(Voucher::date).thenComparing(Voucher::no))
                .forEach(voucher -> byItem.computeIfAbsent(voucher.itemCode(), code -> new ArrayList<>()).add(voucher));
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> bold = new HashSet<>();
        int number = 0;
        for (Map.Entry<String, List<Voucher>> item : byItem.entrySet()) {
            Money subtotal = Money.ZERO;
            for (Voucher voucher : item.getValue()) {
                rows.add(List.of(String.valueOf(++number), voucher.invoiceNumber(), voucher.number(),
                        VietnameseDates.format(voucher.date()), voucher.itemCode(), voucher.content(),
                        grouped(voucher.amount())));
                subtotal = subtotal.plus(voucher.amount());
            }
            bold.add(rows.size());
            rows.add(List.of("", "", "", "", item.getKey(), "Cộng tiểu mục " + item.getKey(), grouped(subtotal)));
        }
        Money total = facts.content().spent();
        bold.add(rows.size());
        rows.add(List.of("", "", "", "", "", "Tổng cộng", grouped(total)));
        boolean landscape = facts.content().vouchers().stream()
                .anyMatch(voucher -> voucher.content().length() > PORTRAIT_CONTENT);
        return new FormSheet(List.of("Đơn vị: " + facts.ward(), "Thuộc: " + facts.bodyName()), List.of(),
                "BẢNG KÊ CHỨNG TỪ THANH TOÁN", List.of("Nội dung: " + facts.content().title(),
                "Khoản chi: " + facts.activity() + " — dự toán năm " + facts.year(), "Đơn vị tính: đồng"),
                List.of(), new Table(COLUMNS, rows), WEIGHTS, bold, Set.of(AMOUNT_COLUMN),
                List.of("Tổng số tiền bằng chữ: " + total.inWords() + "."),
                VietnameseDates.documentDate(facts.place(), facts.on()),
                List.of(new Signatory("Người lập biểu", ""), new Signatory("Kế toán", ""),
                        new Signatory("Thủ trưởng đơn vị", "")), landscape);
    }

    private static String grouped(Money money) {
        return VietnameseNumbers.grouped(money.dong());
    }
}
