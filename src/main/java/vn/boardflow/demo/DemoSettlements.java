package vn.boardflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.Budgets.WardAllocation;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementFiles;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementReview;
import vn.boardflow.fund.Settlements.OpenDossier;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseDates;

/**
 * Phú Cường's dossiers on the demo's 2018 budget, one at each place on the route: the first quarter's chi hội
 * activities settled and closed, the leaflets received and waiting for {@code ketoan}'s check, the stationery being
 * written by {@code phucuong} with a voucher still to photograph; and Phú Lợi's returned to {@code phuloi}. Two
 * advances: Phú Cường's paid out, for {@code phucuong} to settle within ten days of the demo's start, and Phú Lợi's
 * waiting for {@code ketoan}'s check. Their days to settle by are counted from today, as no advance is asked for
 * with a day already past.
 */
@Component
class DemoSettlements {

    private final Budgets budgets;
    private final Settlements settlements;
    private final SettlementFiles files;
    private final SettlementReview review;
    private final DemoUsers users;
    private final Clock clock;

    DemoSettlements(Budgets budgets, Settlements settlements, SettlementFiles files, SettlementReview review,
                    DemoUsers users, Clock clock) {
        this.budgets = budgets;
        this.settlements = settlements;
        this.files = files;
        this.review = review;
        this.users = users;
        this.clock = clock;
    }

    void load(BudgetId budgetId) {
        int year = Seed004Text.YEAR;
        SettlementId closed = sent("phucuong", budgetId, 2, "Sinh hoạt chi hội thanh niên công nhân nhà trọ quý I",
                List.of(voucher("01/PC", LocalDate.of(year, 3, 10), "0000312", "Nước uống sinh hoạt chi hội", 7049,
                        600_000), voucher("02/PC", LocalDate.of(year, 3, 24), "0000345",
                        "Thuê loa máy buổi sinh hoạt", 7049, 900_000)));
        step("xemxet", () -> review.receive(closed, version(closed)));
        step("ketoan", () -> review.pass(closed, version(closed), "Đủ chứng từ, đúng nội dung."));
        step("lanhdao", () -> review.approve(closed, version(closed), Money.of(1_500_000), null));
        step("ketoan", () -> review.pay(closed, version(closed), "Đã chuyển khoản cho phường ngày 05/04/2018."));
        step("ketoan", () -> review.close(closed, version(closed)));

        SettlementId leaflets = sent("phucuong", budgetId, 3, "In tờ rơi tuyên truyền Đề án", List.of(
                voucher("03/PC", LocalDate.of(year, 4, 12), "0001207", "In 500 tờ rơi tuyên truyền", 6651, 750_000)));
        step("xemxet", () -> review.receive(leaflets, version(leaflets)));

        LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
        SettlementId paidOut = advance("phucuong", budgetId, 2, "Sinh hoạt chi hội thanh niên công nhân quý II",
                3_000_000, today.plusDays(10));
        step("ketoan", () -> review.pass(paidOut, version(paidOut), "Đúng khoản chi được phân bổ."));
        step("lanhdao", () -> review.approve(paidOut, version(paidOut), Money.of(3_000_000), null));
        step("ketoan", () -> review.pay(paidOut, version(paidOut), "Chi tiền mặt theo phiếu chi số 12."));
        advance("phuloi", budgetId, 2, "Sinh hoạt chi hội thanh niên công nhân quý II", 2_000_000,
                today.plusDays(30));

        users.signIn("phucuong");
        SettlementId stationery = open(budgetId, 4, "Văn phòng phẩm cho chi hội");
        settlements.save(stationery, version(stationery), new SettlementContent("Văn phòng phẩm cho chi hội", null,
                null, Money.of(240_000), List.of(voucher("04/PC", LocalDate.of(year, 5, 3), "0002231",
                "Sổ sinh hoạt, bút, giấy", 6551, 240_000))));

        SettlementId returned = sent("phuloi", budgetId, 3, "In tài liệu tuyên truyền phường Phú Lợi", List.of(
                voucher("01/PC", LocalDate.of(year, 4, 20), "0000981", "In tài liệu tuyên truyền", 6651, 1_000_000)));
        step("xemxet", () -> review.receive(returned, version(returned)));
        step("ketoan", () -> review.returnToWard(returned, version(returned), null, Map.of(1,
                "Hóa đơn chưa ghi tên đơn vị mua hàng; đề nghị bổ sung hóa đơn đúng tên phường.")));
        users.signOut();
    }

    /** Opened, written with scans of every voucher, and sent by the ward's officer. */
    private SettlementId sent(String officer, BudgetId budgetId, int lineKey, String title, List<Voucher> vouchers) {
        users.signIn(officer);
        SettlementId id = open(budgetId, lineKey, title);
        Money total = vouchers.stream().map(Voucher::amount).reduce(Money.ZERO, Money::plus);
        settlements.save(id, version(id), new SettlementContent(title, null, null, total, vouchers));
        for (int no = 1; no <= vouchers.size(); no++) {
            files.attach(id, no, "chung-tu-" + no + ".png", DemoPhotos.page(no + lineKey));
        }
        settlements.submit(id, version(id));
        return id;
    }

    /** Asked for by the ward's officer, to be settled by {@code settleBy}, and sent to the accountant. */
    private SettlementId advance(String officer, BudgetId budgetId, int lineKey, String reason, long amount,
                                 LocalDate settleBy) {
        users.signIn(officer);
        SettlementId id = open(budgetId, lineKey, reason, DossierKind.ADVANCE);
        settlements.save(id, version(id), new SettlementContent(reason, null, null, Money.of(amount), List.of(),
                settleBy));
        settlements.submit(id, version(id));
        return id;
    }

    private SettlementId open(BudgetId budgetId, int lineKey, String title) {
        return open(budgetId, lineKey, title, DossierKind.SETTLEMENT);
    }

    /** A dossier or advance against the officer's own ward's share of the line. */
    private SettlementId open(BudgetId budgetId, int lineKey, String title, DossierKind kind) {
        WardAllocation share = budgets.allocationsToMyWards().stream()
                .filter(row -> row.budgetId().equals(budgetId) && row.lineKey() == lineKey).findFirst().orElseThrow();
        return settlements.open(new OpenDossier(budgetId, lineKey, share.ward().unitId(), title, kind));
    }

    private void step(String username, Runnable action) {
        users.signIn(username);
        action.run();
    }

    private long version(SettlementId id) {
        return settlements.find(id).orElseThrow().version();
    }

    private static Voucher voucher(String number, LocalDate date, String invoice, String content, int item,
                                   long amount) {
        return new Voucher(0, number, date, invoice, content, String.valueOf(item), Money.of(amount), null, null);
    }
}
