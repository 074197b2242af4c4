package vn.boardflow.fund.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.FormSheet;
import vn.boardflow.document.Issuers.ProposedSigner;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.fund.YearEndReports.LineFigures;
import vn.boardflow.fund.YearEndReports.WardFigures;
import vn.boardflow.fund.YearEndReports.YearEnd;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * A budget's year-end settlement as the body's Báo cáo quyết toán kinh phí (its lines, then its wards, with the sum
 * settled in words) and as the workbook of the same two tables.
 */
final class YearEndReport {

    static final List<String> LINE_COLUMNS = List.of("TT", "Nội dung chi", "Tiểu mục", "Dự toán", "Đã quyết toán",
            "Đã tạm ứng", "Đang thanh toán", "Còn lại");
    static final List<String> WARD_COLUMNS = List.of("TT", "Đơn vị", "Được phân bổ", "Đã quyết toán", "Đã tạm ứng",
            "Đang thanh toán", "Còn lại");

    private YearEndReport() {
    }

    /** @param decisionSymbol the budget's Quyết định phân bổ the report answers */
    static DraftContent draft(YearEnd figures, String decisionSymbol, List<Recipient> recipients,
                              ProposedSigner head) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Part("I", "TÌNH HÌNH QUYẾT TOÁN THEO KHOẢN CHI"));
        blocks.add(new Paragraph("Đơn vị tính: đồng."));
        blocks.add(lines(figures));
        blocks.add(new Paragraph("Tổng số kinh phí đã quyết toán: " + BudgetDecision.amount(figures.settled())
                + "."));
        blocks.add(new Part("II", "QUYẾT TOÁN CỦA CÁC PHƯỜNG"));
        blocks.add(wards(figures));
        return new DraftContent(DocumentType.BAO_CAO, "Quyết toán kinh phí năm " + figures.year(), null, List.of(),
                "Thực hiện Quyết định số " + decisionSymbol + " về việc phân bổ dự toán kinh phí năm " + figures.year()
                        + ", " + figures.bodyName() + " báo cáo quyết toán kinh phí năm " + figures.year()
                        + " như sau:", blocks, null, head.form(), head.name(), recipients);
    }

    /** The two tables as sheets, amounts as numbers. */
    static List<FormSheet> sheets(YearEnd figures) {
        Table lines = lines(figures);
        Table wards = wards(figures);
        return List.of(sheet(figures, "Quyết toán theo khoản chi", lines, List.of(3, 16, 5, 8, 8, 8, 8, 8),
                        Set.of(3, 4, 5, 6, 7)),
                sheet(figures, "Quyết toán của các phường", wards, List.of(3, 16, 8, 8, 8, 8, 8),
                        Set.of(2, 3, 4, 5, 6)));
    }

    private static FormSheet sheet(YearEnd figures, String title, Table table, List<Integer> weights,
                                   Set<Integer> amounts) {
        return new FormSheet(List.of(figures.bodyName()), List.of(), title, List.of("Năm " + figures.year()
                + " · đơn vị tính: đồng"), List.of(), table, weights, Set.of(table.rows().size() - 1), amounts,
                List.of(), null, List.of(), false);
    }

    private static Table lines(YearEnd figures) {
        List<List<String>> rows = new ArrayList<>();
        Money amount = Money.ZERO;
        Money pending = Money.ZERO;
        for (LineFigures line : figures.lines()) {
            rows.add(List.of(String.valueOf(rows.size() + 1), line.line().activity(), line.line().itemCode(),
                    grouped(line.line().amount()), grouped(line.settled()), grouped(line.advanced()),
                    grouped(line.pending()), grouped(line.remaining())));
            amount = amount.plus(line.line().amount());
            pending = pending.plus(line.pending());
        }
        rows.add(List.of("", "Tổng cộng", "", grouped(amount), grouped(figures.settled()),
                grouped(figures.advanced()), grouped(pending),
                grouped(amount.minus(figures.settled()).minus(figures.advanced()))));
        return new Table(LINE_COLUMNS, rows);
    }

    private static Table wards(YearEnd figures) {
        List<List<String>> rows = new ArrayList<>();
        WardFigures total = new WardFigures(null, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        for (WardFigures ward : figures.wards()) {
            rows.add(List.of(String.valueOf(rows.size() + 1), ward.ward().name(), grouped(ward.allocated()),
                    grouped(ward.settled()), grouped(ward.advanced()), grouped(ward.pending()),
                    grouped(ward.remaining())));
            total = new WardFigures(null, total.allocated().plus(ward.allocated()),
                    total.settled().plus(ward.settled()), total.pending().plus(ward.pending()),
                    total.advanced().plus(ward.advanced()));
        }
        rows.add(List.of("", "Tổng cộng", grouped(total.allocated()), grouped(total.settled()),
                grouped(total.advanced()), grouped(total.pending()), grouped(total.remaining())));
        return new Table(WARD_COLUMNS, rows);
    }

    private static String grouped(Money money) {
        return VietnameseNumbers.grouped(money.dong());
    }
}
