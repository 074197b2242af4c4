package vn.boardflow.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.fund.Settlements.OpenDossier;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.Memberships;
import vn.boardflow.org.Memberships.GrantRole;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.org.UserAdministration.NewUser;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.Refusals;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices.NoticeView;

/**
 * A ward's settlement end to end on Flowable's clock: refused while a voucher has no scan, sent, its receipt late
 * enough to remind the secretariat and then tell the leader (each once), returned with a comment on one voucher,
 * put right and sent straight back to the accountant, passed, refused to a leader who sent it, approved lower with
 * the reason, paid and closed; every step in the audit log.
 */
@IntegrationTest
class SettlementProcessTests extends FundsOnClock {

    @Autowired
    AuditLog auditLog;

    @Test
    void aDossierIsSentReturnedPutRightApprovedLowerPaidAndClosed() {
        as(board.wardOfficer());
        BudgetId budgetId = budgets.allocationsToMyWards().getFirst().budgetId();
        SettlementId id = settlements.open(new OpenDossier(budgetId, 1, board.wards().get(0),
                "Hội nghị sơ kết 6 tháng phường An"));
        SettlementView opened = settlements.find(id).orElseThrow();
        assertThat(opened.allocation()).isEqualTo(Money.of(10_000_000));
        SettlementView written = settlements.save(id, opened.version(), new SettlementContent(opened.content().title(),
                LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 10), Money.of(3_500_000), List.of(
                new Voucher(0, "01/PC", LocalDate.of(2026, 7, 10), "0001234", "Tiền ăn đại biểu hội nghị", "6658",
                        Money.of(3_000_000), 20, 1),
                new Voucher(0, "02/PC", LocalDate.of(2026, 7, 8), "0001235", "Nước uống đại biểu", "6699",
                        Money.of(500_000), 20, 2))));
        assertThat(written.findings()).extracting(SettlementFinding::messageKey)
                .containsExactlyInAnyOrder("settlement.check.missingAttachment", "settlement.check.missingAttachment",
                        "settlement.check.outsideActivity");
        assertThat(Refusals.of(() -> settlements.submit(id, written.version())))
                .isEqualTo("settlement.check.missingAttachment");
        files.attach(id, 1, "hoa-don-an.jpg", EvidenceSamples.smallPhoto());
        files.attach(id, 2, "hoa-don-nuoc.jpg", EvidenceSamples.smallPhoto());

        // sent on Monday 13/07: the secretariat has two working days to receive it
        clock.set(LocalDateTime.of(2026, 7, 13, 9, 0));
        settlements.submit(id, settlements.find(id).orElseThrow().version());
        SettlementView sent = settlements.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(SettlementStatus.SUBMITTED);
        assertThat(sent.may(SettlementAction.EDIT)).isFalse();
        as(board.reviewer());
        assertThat(tasks(sent)).extracting(InboxTask::name, InboxTask::dueAt).containsExactly(tuple("Tiếp nhận hồ sơ",
                LocalDateTime.of(2026, 7, 15, 9, 0).atZone(VietnameseDates.ZONE).toInstant()));
        Logins.out();
        clock.set(LocalDateTime.of(2026, 7, 15, 9, 30));
        clock.runDue(sent.processInstanceId(), 1);
        clock.set(LocalDateTime.of(2026, 7, 17, 9, 30));
        clock.runDue(sent.processInstanceId(), 1);
        clock.set(LocalDateTime.of(2026, 7, 24, 9, 30));
        assertThat(clock.dueTimers(sent.processInstanceId())).as("each reminder once").isEmpty();
        as(board.reviewer());
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.taskIdle");
        as(board.leader());
        assertThat(notices.mine(0, 10)).extracting(NoticeView::messageKey).contains("notice.taskLate");
        assertThat(catchThrowable(() -> review.receive(id, sent.version()))).as("only the secretariat receives")
                .isInstanceOf(AccessDeniedException.class);

        as(board.reviewer());
        review.receive(id, sent.version());
        as(accountant);
        SettlementView received = settlements.find(id).orElseThrow();
        assertThat(review.queue()).filteredOn(row -> row.id().equals(id)).singleElement()
                .satisfies(row -> assertThat(row.warnings()).as("the voucher outside the activity").isOne());
        review.returnToWard(id, received.version(), null, Map.of(2, "Thiếu danh sách đại biểu ký nhận nước uống."));

        as(board.wardOfficer());
        SettlementView returned = settlements.find(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(SettlementStatus.RETURNED);
        assertThat(returned.comments()).containsExactly(Map.entry(2, "Thiếu danh sách đại biểu ký nhận nước uống."));
        files.attach(id, 2, "danh-sach-ky-nhan.pdf", "%PDF-1.4 danh sách".getBytes());
        settlements.submit(id, returned.version());
        assertThat(settlements.find(id).orElseThrow().status()).as("straight back to the accountant")
                .isEqualTo(SettlementStatus.RECEIVED);

        as(accountant);
        review.pass(id, settlements.find(id).orElseThrow().version(), "Đủ chứng từ.");
        String doubleRole = wardOfficerWhoLeads();
        as(board.leader());
        SettlementView checked = settlements.find(id).orElseThrow();
        assertThat(Refusals.of(() -> review.approve(id, checked.version(), Money.of(3_300_000), null)))
                .isEqualTo("settlement.error.lowerNeedsReason");
        assertThat(Refusals.of(() -> review.approve(id, checked.version(), Money.of(3_600_000), null)))
                .isEqualTo("settlement.error.approvedOverRequested");
        review.approve(id, checked.version(), Money.of(3_300_000), "Tiền ăn vượt số đại biểu có mặt thực tế (18 người).");
        SettlementView approved = settlements.find(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(SettlementStatus.APPROVED);
        assertThat(approved.approvedAmount()).isEqualTo(Money.of(3_300_000));

        as(accountant);
        review.pay(id, approved.version(), "Đã chuyển khoản cho phường.");
        review.close(id, settlements.find(id).orElseThrow().version());
        SettlementView closed = settlements.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(SettlementStatus.CLOSED);
        assertThat(closed.trail()).extracting(SettlementStep::action).containsExactly(SettlementStep.Action.OPENED,
                SettlementStep.Action.SUBMITTED, SettlementStep.Action.RECEIVED, SettlementStep.Action.RETURNED,
                SettlementStep.Action.SUBMITTED, SettlementStep.Action.CHECKED, SettlementStep.Action.APPROVED,
                SettlementStep.Action.PAID, SettlementStep.Action.CLOSED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(closed.processInstanceId()).count()).as("the process ended").isZero();
        as("quantri");
        assertThat(auditLog.search(new AuditFilter(null, null, null, null, "SettlementDossier", id.toString()), 0, 20))
                .hasSize(9);

        // whoever sent a dossier does not approve it, even holding the leader's role
        as(doubleRole);
        SettlementId own = settlements.open(new OpenDossier(budgetId, 1, board.wards().get(0), "Văn phòng phẩm"));
        SettlementView ownView = settlements.save(own, settlements.find(own).orElseThrow().version(),
                new SettlementContent("Văn phòng phẩm", null, null, Money.of(200_000), List.of(new Voucher(0, "03/PC",
                        LocalDate.of(2026, 8, 3), "", "Giấy in", "6658", Money.of(200_000), null, null))));
        files.attach(own, 1, "phieu-chi.jpg", EvidenceSamples.smallPhoto());
        assertThat(Refusals.of(() -> settlements.submit(own, ownView.version()))).as("meals need their counts")
                .isEqualTo("settlement.check.normCounts");
        SettlementView counted = settlements.save(own, ownView.version(), new SettlementContent("Văn phòng phẩm",
                null, null, Money.of(200_000), List.of(new Voucher(1, "03/PC", LocalDate.of(2026, 8, 3), "",
                "Giấy in", "6658", Money.of(200_000), 2, 1))));
        settlements.submit(own, counted.version());
        as(board.reviewer());
        review.receive(own, settlements.find(own).orElseThrow().version());
        as(accountant);
        review.pass(own, settlements.find(own).orElseThrow().version(), null);
        as(doubleRole);
        SettlementView waiting = settlements.find(own).orElseThrow();
        assertThat(waiting.may(SettlementAction.APPROVE)).isFalse();
        assertThat(Refusals.of(() -> review.approve(own, waiting.version(), Money.of(200_000), null)))
                .isEqualTo("settlement.error.approverSubmitted");
    }

    private String wardOfficerWhoLeads() {
        as("quantri");
        String username = "kn" + UUID.randomUUID().toString().substring(0, 8);
        long userId = context.getBean(UserAdministration.class).create(new NewUser(username, "Kiêm nhiệm " + username,
                "Cán bộ", username + "@example.vn", null, PlanningBoard.PASSWORD));
        Memberships memberships = context.getBean(Memberships.class);
        memberships.grant(new GrantRole(userId, board.wards().get(0), Role.WARD_OFFICER, LocalDate.of(2016, 6, 1), null));
        memberships.grant(new GrantRole(userId, board.unitId(), Role.LEADER, LocalDate.of(2016, 6, 1), null));
        return username;
    }

}
