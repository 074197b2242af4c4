package vn.boardflow.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftRouteSteps;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.fund.Budgets.WardAllocation;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * A budget decided by the document route: the accountant drafts its Quyết định phân bổ kinh phí, which is refused
 * while a line is only partly shared out; on its way the lines wait; issued, the wards see their shares and the
 * Word file states the sums in words with the annex of every ward's lines; a change afterwards is drafted as an
 * adjusting decision that names the one it replaces.
 */
@ModuleTest
class BudgetDecisionTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Budgets budgets;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void theAccountantsBudgetIsDecidedIssuedAndThenAdjusted() throws Exception {
        PlanningBoard board = PlanningBoard.create(context);
        String accountant = board.another(context, Role.ACCOUNTANT, "Kế toán");
        Logins.as(userDetails, accountant);
        BudgetId id = budgets.create(board.bodyId(), 2026);
        assertThat(catchThrowable(() -> budgets.draftDecision(id))).as("nothing to decide")
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("fund.error.nothingToDecide"));
        long an = board.wards().get(0).value();
        long binh = board.wards().get(1).value();
        BudgetView partly = budgets.save(id, budgets.find(id).orElseThrow().version(), new BudgetContent(List.of(
                new BudgetLine("Hội nghị sơ kết Đề án 6 tháng", "6658", Money.of(30_000_000), null,
                        Map.of(an, Money.of(15_000_000), binh, Money.of(10_000_000))),
                new BudgetLine("Tài liệu tuyên truyền", "6651", Money.of(4_500_000), null, Map.of()))));
        assertThat(partly.decisionDraftable()).isTrue();

        DraftId draft = budgets.draftDecision(id);
        assertThat(budgets.find(id).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTING);
        assertThat(catchThrowable(() -> approval.submit(draft, drafts.find(draft).orElseThrow().version())))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("fund.error.partlyAllocated");
                    assertThat(refusal.arguments()).containsExactly("Hội nghị sơ kết Đề án 6 tháng", "5.000.000 đ");
                });

        BudgetView whole = budgets.save(id, budgets.find(id).orElseThrow().version(), new BudgetContent(List.of(
                sharedOut(partly.content().lines().get(0), Map.of(an, Money.of(15_000_000),
                        binh, Money.of(15_000_000))), partly.content().lines().get(1))));
        assertThat(drafts.find(draft).orElseThrow().revision()).as("each save carried into the draft").isEqualTo(2);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        BudgetView onItsWay = budgets.find(id).orElseThrow();
        assertThat(onItsWay.status()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(onItsWay.editable()).as("the lines wait while the decision is on its way").isFalse();
        assertThat(catchThrowable(() -> budgets.save(id, onItsWay.version(), whole.content())))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("fund.error.budgetOnRoute"));
        Logins.as(userDetails, board.wardOfficer());
        assertThat(budgets.allocationsToMyWards()).as("nothing for the wards before the decision").isEmpty();

        IssuedDocumentView decision = DraftRouteSteps.agreedSignedAndIssued(context, draft, board.reviewer(),
                board.leader(), board.clerk(), LocalDate.of(2026, 1, 20));
        assertThat(decision.symbol()).endsWith("/QĐ-BKH.ĐA");
        Logins.as(userDetails, accountant);
        BudgetView decided = budgets.find(id).orElseThrow();
        assertThat(decided.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(decided.decision().symbol()).isEqualTo(decision.symbol());
        assertThat(decided.decided()).isEqualTo(decided.content());
        byte[] word = documents.download(decision.id()).bytes();
        Samples.write("quyet-dinh-phan-bo-kinh-phi.docx", word);
        assertThat(WordText.of(word)).contains("QUYẾT ĐỊNH", "Về việc phân bổ dự toán kinh phí năm 2026",
                "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015", "Theo đề nghị của bộ phận Kế toán",
                "34.500.000 đồng (Bằng chữ: Ba mươi tư triệu năm trăm nghìn đồng chẵn)",
                "phân bổ cho các phường 30.000.000 đồng (Bằng chữ: Ba mươi triệu đồng chẵn)",
                "PHỤ LỤC", "(Kèm theo Quyết định số " + decision.symbol(), "DỰ TOÁN THEO KHOẢN CHI",
                "PHÂN BỔ CHO CÁC PHƯỜNG", "Cộng Phường An", "15.000.000");

        Logins.as(userDetails, board.wardOfficer());
        assertThat(budgets.allocationsToMyWards()).singleElement().extracting(WardAllocation::allocated)
                .isEqualTo(Money.of(15_000_000));

        Logins.as(userDetails, accountant);
        assertThat(decided.editable()).as("an adjustment may follow").isTrue();
        BudgetView adjusted = budgets.save(id, decided.version(), new BudgetContent(List.of(
                decided.content().lines().get(0), sharedOut(decided.content().lines().get(1),
                        Map.of(an, Money.of(4_500_000))))));
        assertThat(adjusted.decided()).as("the wards spend against the decision until the next").isEqualTo(decided.content());
        DraftId adjustment = budgets.draftDecision(id);
        assertThat(adjustment).isNotEqualTo(draft);
        assertThat(drafts.find(adjustment).orElseThrow().content()).satisfies(content -> {
            assertThat(content.summary()).isEqualTo("Về việc điều chỉnh phân bổ dự toán kinh phí năm 2026");
            assertThat(content.legalBases()).last().asString().contains("Căn cứ Quyết định số " + decision.symbol());
        });
    }

    private static BudgetLine sharedOut(BudgetLine line, Map<Long, Money> shares) {
        return new BudgetLine(line.key(), line.activity(), line.itemCode(), line.amount(), line.indicatorId(), shares);
    }
}
