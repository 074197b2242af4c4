package vn.boardflow.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.fund.Settlements.OpenDossier;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.fund.WardFunds.LineFunds;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.Refusals;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices.NoticeView;

/**
 * An advance end to end on Flowable's clock: asked for, checked, approved lower with the reason, paid out; the
 * ward's task of settling it due on the day it chose, reminded three days before and late the morning after (each
 * once); the dossier that settles it returned, put right, approved lower still, which clears the advance and leaves
 * the difference to pay back; then a correction of the closed dossier, which replaces it once approved.
 */
@IntegrationTest
class AdvanceProcessTests extends FundsOnClock {

    @Autowired
    WardFunds wardFunds;

    @Test
    void anAdvanceIsPaidRemindedLateAndClearedByItsDossier() {
        clock.set(LocalDateTime.of(2026, 7, 1, 9, 0));
        as(board.wardOfficer());
        BudgetId budgetId = budgets.allocationsToMyWards().getFirst().budgetId();
        SettlementId advance = settlements.open(new OpenDossier(budgetId, 1, board.wards().get(0),
                "Tổ chức hội nghị sơ kết", DossierKind.ADVANCE));
        SettlementView asked = settlements.find(advance).orElseThrow();
        assertThat(asked.findings()).extracting(SettlementFinding::messageKey)
                .containsExactlyInAnyOrder("advance.check.noAmount", "advance.check.noSettleBy");
        SettlementView tooMuch = settlements.save(advance, asked.version(), advance(12_000_000,
                LocalDate.of(2026, 7, 31)));
        assertThat(Refusals.of(() -> settlements.submit(advance, tooMuch.version())))
                .isEqualTo("settlement.check.overAllocation");
        SettlementView written = settlements.save(advance, tooMuch.version(), advance(6_000_000,
                LocalDate.of(2026, 7, 31)));
        settlements.submit(advance, written.version());
        assertThat(settlements.find(advance).orElseThrow().status()).as("straight to the accountant")
                .isEqualTo(SettlementStatus.RECEIVED);

        as(accountant);
        review.pass(advance, version(advance), null);
        as(board.leader());
        review.approve(advance, version(advance), Money.of(5_000_000), "Hội nghị rút gọn còn nửa ngày.");
        as(accountant);
        review.pay(advance, version(advance), "Chi tiền mặt cho phường.");
        as(board.wardOfficer());
        SettlementView paid = settlements.find(advance).orElseThrow();
        assertThat(paid.status()).isEqualTo(SettlementStatus.PAID);
        assertThat(paid.may(SettlementAction.CLEAR)).isTrue();
        assertThat(funds().advanced()).isEqualTo(Money.of(5_000_000));
        assertThat(funds().remaining()).isEqualTo(Money.of(5_000_000));
        InboxTask settle = tasks(paid).getFirst();
        assertThat(settle.name()).isEqualTo("Gửi hồ sơ thanh toán tạm ứng");
        assertThat(settle.dueAt()).as("due the end of the day chosen")
                .isEqualTo(LocalDate.of(2026, 8, 1).atStartOfDay(VietnameseDates.ZONE).toInstant());

        Logins.out();
        clock.set(LocalDateTime.of(2026, 7, 28, 8, 0));
        clock.runDue(paid.processInstanceId(), 1);
        clock.set(LocalDateTime.of(2026, 8, 1, 8, 0));
        clock.runDue(paid.processInstanceId(), 1);
        clock.set(LocalDateTime.of(2026, 8, 20, 8, 0));
        assertThat(clock.dueTimers(paid.processInstanceId())).as("each notice once").isEmpty();
        as(board.wardOfficer());
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey)
                .contains("notice.advanceDue", "notice.advanceLate");
        as(accountant);
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.advanceLate");

        as(board.wardOfficer());
        SettlementId clearing = settlements.follow(advance);
        assertThat(Refusals.of(() -> settlements.follow(advance))).isEqualTo("settlement.error.alreadyFollowed");
        SettlementView opened = settlements.find(clearing).orElseThrow();
        assertThat(opened.replaces().id()).isEqualTo(advance);
        SettlementView spent = settlements.save(clearing, opened.version(), new SettlementContent(
                opened.content().title(), null, null, Money.of(4_200_000), List.of(new Voucher(0, "05/PC",
                LocalDate.of(2026, 8, 5), "0002001", "Thuê hội trường", "7049", Money.of(4_200_000), null, null))));
        files.attach(clearing, 1, "hoa-don.jpg", EvidenceSamples.smallPhoto());
        assertThat(spent.clearing()).hasValueSatisfying(it -> assertThat(it.refund()).isEqualTo(Money.of(800_000)));
        settlements.submit(clearing, settlements.find(clearing).orElseThrow().version());
        assertThat(tasks(paid)).as("the ward's step on the advance is done").isEmpty();
        assertThat(funds().advanced().plus(funds().pending())).as("the larger of advance and dossier")
                .isEqualTo(Money.of(5_000_000));

        as(board.reviewer());
        review.receive(clearing, version(clearing));
        as(accountant);
        review.returnToWard(clearing, version(clearing), null, Map.of(1, "Thiếu hợp đồng thuê hội trường."));
        as(board.wardOfficer());
        settlements.submit(clearing, version(clearing));
        as(accountant);
        review.pass(clearing, version(clearing), null);
        as(board.leader());
        review.approve(clearing, version(clearing), Money.of(4_000_000), "Giá thuê vượt bảng giá của phường.");
        SettlementView cleared = settlements.find(advance).orElseThrow();
        assertThat(cleared.status()).isEqualTo(SettlementStatus.CLOSED);
        assertThat(cleared.trail().getLast().action()).isEqualTo(SettlementStep.Action.CLEARED);
        assertThat(settlements.find(clearing).orElseThrow().clearing().orElseThrow().refund())
                .isEqualTo(Money.of(1_000_000));
        as(board.wardOfficer());
        assertThat(funds().advanced()).isEqualTo(Money.ZERO);
        assertThat(funds().settled()).isEqualTo(Money.of(4_000_000));

        as(accountant);
        review.pay(clearing, version(clearing), "Phường đã nộp lại 1.000.000 đồng.");
        review.close(clearing, version(clearing));
        as(board.wardOfficer());
        SettlementId correction = settlements.follow(clearing);
        SettlementView copied = settlements.find(correction).orElseThrow();
        assertThat(copied.content().vouchers()).hasSize(1);
        assertThat(copied.attachmentsOf(1)).as("with its scan").extracting(Settlements.Attachment::fileName)
                .containsExactly("hoa-don.jpg");
        settlements.save(correction, copied.version(), new SettlementContent(copied.content().title(), null, null,
                Money.of(3_900_000), List.of(new Voucher(1, "05/PC", LocalDate.of(2026, 8, 5), "0002001",
                "Thuê hội trường", "7049", Money.of(3_900_000), null, null))));
        assertThat(settlements.find(correction).orElseThrow().findings()).as("its invoice is the corrected one's")
                .noneMatch(SettlementFinding::blocking);
        settlements.submit(correction, version(correction));
        as(board.reviewer());
        review.receive(correction, version(correction));
        as(accountant);
        review.pass(correction, version(correction), null);
        as(board.leader());
        review.approve(correction, version(correction), Money.of(3_900_000), null);
        as(board.wardOfficer());
        assertThat(settlements.find(clearing).orElseThrow().trail().getLast().action())
                .isEqualTo(SettlementStep.Action.SUPERSEDED);
        assertThat(funds().settled()).as("the correction instead").isEqualTo(Money.of(3_900_000));
    }

    private SettlementContent advance(long amount, LocalDate settleBy) {
        return new SettlementContent("Tổ chức hội nghị sơ kết", LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 20),
                Money.of(amount), List.of(), settleBy);
    }

    private LineFunds funds() {
        return wardFunds.mine().stream().filter(line -> line.allocation().ward().unitId().equals(board.wards().get(0)))
                .findFirst().orElseThrow();
    }

}
