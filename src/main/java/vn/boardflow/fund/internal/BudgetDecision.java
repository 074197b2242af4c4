package vn.boardflow.fund.internal;

import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Article;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Heading;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Issuers.ProposedSigner;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * A budget as its Quyết định phân bổ kinh phí: the articles state the total, what goes to the wards and what the body
 * spends itself, in figures and in words; the annex lists the lines, then each ward's share line by line. A budget
 * decided before is adjusted by a decision that names the one it replaces.
 */
final class BudgetDecision {

    static final String LEGAL_BASIS_BUDGET_LAW = "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015";

    private BudgetDecision() {
    }

    /**
     * @param bodyName    the body as prose names it ("Ban Tổ chức Đề án Thành phố Thủ Dầu Một")
     * @param planSymbol  the body's issued plan of the year, {@code null} when it has none
     * @param replaced    the decision this one adjusts, {@code null} for the first
     * @param wards       the wards below the body, in the order the annex lists them
     */
    record Facts(int year, String bodyName, BudgetContent content, String planSymbol, DocumentRef replaced,
                 List<Ward> wards) {
    }

    static DraftContent draft(Facts facts, ProposedSigner head) {
        String summary = (facts.replaced() == null ? "Về việc phân bổ dự toán kinh phí năm "
                : "Về việc điều chỉnh phân bổ dự toán kinh phí năm ") + facts.year();
        return new DraftContent(DocumentType.QUYET_DINH, summary, null, legalBases(facts),
                "Theo đề nghị của bộ phận Kế toán,", articles(facts), null, head.form(), head.name(),
                recipients(facts), List.of(annex(facts)));
    }

    private static List<String> legalBases(Facts facts) {
        List<String> bases = new ArrayList<>();
        bases.add(LEGAL_BASIS_BUDGET_LAW);
        if (facts.planSymbol() != null) {
            bases.add("Căn cứ Kế hoạch số " + facts.planSymbol() + " của " + facts.bodyName() + " năm " + facts.year());
        }
        if (facts.replaced() != null) {
            bases.add("Căn cứ Quyết định số " + facts.replaced().symbol() + " của " + facts.bodyName()
                    + " về việc phân bổ dự toán kinh phí năm " + facts.year());
        }
        return bases;
    }

    private static List<Block> articles(Facts facts) {
        BudgetContent content = facts.content();
        Money kept = content.total().minus(content.allocated());
        String replaces = facts.replaced() == null ? ""
                : " Quyết định này thay thế Quyết định số " + facts.replaced().symbol() + ".";
        return List.of(new Heading("QUYẾT ĐỊNH:"),
                new Article("1", (facts.replaced() == null ? "Phân bổ" : "Điều chỉnh phân bổ") + " dự toán kinh phí năm "
                        + facts.year() + " của " + facts.bodyName() + " với tổng số tiền " + amount(content.total())
                        + ", trong đó: phân bổ cho các phường " + amount(content.allocated()) + "; "
                        + facts.bodyName() + " trực tiếp chi " + amount(kept)
                        + " (chi tiết theo Phụ lục kèm theo Quyết định này)."),
                new Article("2", "Các đơn vị được phân bổ kinh phí có trách nhiệm sử dụng kinh phí đúng mục đích, "
                        + "đúng nội dung đã được phân bổ, tiết kiệm, hiệu quả; tạm ứng và thanh quyết toán theo "
                        + "quy định hiện hành."),
                new Article("3", "Quyết định có hiệu lực kể từ ngày ký." + replaces + " Bộ phận Kế toán và Ban Tổ "
                        + "chức Đề án các phường có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này."));
    }

    /** "118.000.000 đồng (Bằng chữ: Một trăm mười tám triệu đồng chẵn)". */
    static String amount(Money money) {
        return VietnameseNumbers.grouped(money.dong()) + " đồng (Bằng chữ: " + money.inWords() + ")";
    }

    private static List<Recipient> recipients(Facts facts) {
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(Recipient.outside("Như Điều 3"));
        for (Ward ward : facts.wards()) {
            if (!facts.content().allocatedTo(ward.unitId()).isZero()) {
                recipients.add(Recipient.unit(ward.unitId(), ward.name()));
            }
        }
        return recipients;
    }

    private static Annex annex(Facts facts) {
        BudgetContent content = facts.content();
        List<List<String>> lines = new ArrayList<>();
        for (BudgetLine line : content.lines()) {
            lines.add(List.of(String.valueOf(lines.size() + 1), line.activity(), line.itemCode(),
                    grouped(line.amount()), grouped(line.allocated()), grouped(line.remaining())));
        }
        lines.add(List.of("", "Tổng cộng", "", grouped(content.total()), grouped(content.allocated()),
                grouped(content.total().minus(content.allocated()))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Đơn vị tính: đồng."));
        blocks.add(new Part("I", "DỰ TOÁN THEO KHOẢN CHI"));
        blocks.add(new Table(List.of("TT", "Nội dung chi", "Tiểu mục", "Dự toán", "Phân bổ cho các phường",
                "Trực tiếp chi"), lines));
        blocks.add(new Part("II", "PHÂN BỔ CHO CÁC PHƯỜNG"));
        blocks.add(new Table(List.of("TT", "Đơn vị", "Nội dung chi", "Tiểu mục", "Số tiền"), wardRows(facts)));
        return new Annex(Annex.PHU_LUC, "Phân bổ dự toán kinh phí năm " + facts.year(), blocks);
    }

    /** Each ward's lines under its name, then its sum; the wards given nothing are left out. */
    private static List<List<String>> wardRows(Facts facts) {
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (Ward ward : facts.wards()) {
            Money sum = facts.content().allocatedTo(ward.unitId());
            if (sum.isZero()) {
                continue;
            }
            boolean first = true;
            for (BudgetLine line : facts.content().lines()) {
                Money share = line.allocationOf(ward.unitId());
                if (!share.isZero()) {
                    rows.add(List.of(first ? String.valueOf(++number) : "", first ? ward.name() : "", line.activity(),
                            line.itemCode(), grouped(share)));
                    first = false;
                }
            }
            rows.add(List.of("", "", "Cộng " + ward.name(), "", grouped(sum)));
        }
        rows.add(List.of("", "Tổng cộng", "", "", grouped(facts.content().allocated())));
        return rows;
    }

    private static String grouped(Money money) {
        return VietnameseNumbers.grouped(money.dong());
    }
}
