package vn.boardflow.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.shared.RuleViolation;

/** The plan's own transitions, without the process around them: each step only from where it may be taken. */
class AnnualPlanTest {

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    final PlanContent ready = new PlanContent("Đề án", "Kế hoạch năm 2027", List.of(), "", List.of(), List.of(
            new TargetLine(1, "Hội viên phát triển mới", "hội viên", true, 100, Map.of(11L, 60L, 12L, 40L))),
            List.of(), List.of(), "", SigningForm.TM, "Phạm Quốc Bảo", List.of(Recipient.outside("Ban Chỉ đạo")));

    AnnualPlan plan(PlanContent content) {
        return new AnnualPlan(IssuingBodyId.of(7), UnitId.of(70), 2027, content, "duthao", AT);
    }

    @Test
    void aNewPlanIsADraftOfAPlausibleYear() {
        assertThat(plan(ready).status()).isEqualTo(PlanStatus.DRAFT);
        assertThatThrownBy(() -> new AnnualPlan(IssuingBodyId.of(7), UnitId.of(70), 1999, ready, "duthao", AT)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aDraftGoesToReviewOnlyWithItsSummarySignerRecipientsAndBalancedShares() {
        assertThat(refusal(() -> plan(with(ready, "", SigningForm.TM, "Phạm Quốc Bảo", ready.recipients())).submit("duthao", AT)))
                .isEqualTo("plan.error.summaryRequired");
        assertThat(refusal(() -> plan(with(ready, ready.summary(), null, "", ready.recipients())).submit("duthao", AT)))
                .isEqualTo("plan.error.signingFormAndSignerRequired");
        assertThat(refusal(() -> plan(with(ready, ready.summary(), SigningForm.TM, "", ready.recipients())).submit("duthao", AT)))
                .isEqualTo("plan.error.signerRequired");
        assertThat(refusal(() -> plan(with(ready, ready.summary(), SigningForm.TM, "Phạm Quốc Bảo", List.of())).submit("duthao", AT)))
                .isEqualTo("plan.error.recipientsRequired");
        PlanContent unbalanced = new PlanContent(ready.programme(), ready.summary(), List.of(), "", List.of(), List.of(
                new TargetLine(1, "Hội viên phát triển mới", "hội viên", true, 100, Map.of(11L, 60L))),
                List.of(), List.of(), "", SigningForm.TM, "Phạm Quốc Bảo", ready.recipients());
        assertThat(refusal(() -> plan(unbalanced).submit("duthao", AT))).isEqualTo("plan.error.wardsShort");

        AnnualPlan plan = plan(ready);
        assertThat(plan.submit("duthao", AT)).isEqualTo(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(refusal(() -> plan.edit(ready, "duthao", AT))).as("under review, the draft is frozen")
                .isEqualTo("plan.error.notEditable");
    }

    @Test
    void aReturnNeedsItsReasonAndOpensTheDraftAgainForTheNextSubmission() {
        AnnualPlan plan = plan(ready);
        plan.submit("duthao", AT);
        assertThat(refusal(() -> plan.returnToDrafter("  ", "xemxet", AT))).isEqualTo("plan.error.returnCommentRequired");

        plan.returnToDrafter("  Bổ sung nhiệm vụ của phường ", "xemxet", AT);

        assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.returnComment()).isEqualTo("Bổ sung nhiệm vụ của phường");
        plan.edit(ready, "duthao", AT);
        assertThat(plan.submit("duthao", AT)).isEqualTo(2);
        assertThat(plan.returnComment()).as("a new submission clears the old reason").isNull();
    }

    @Test
    void approvalSignatureAndIssueFollowOneAnotherAndEachOnlyOnce() {
        AnnualPlan plan = plan(ready);
        assertThat(refusal(() -> plan.approve("xemxet", AT))).isEqualTo("plan.error.notInReview");
        plan.submit("duthao", AT);
        assertThat(refusal(() -> plan.signOff("lanhdao", AT))).isEqualTo("plan.error.notAwaitingSignature");
        plan.approve("xemxet", AT);
        assertThat(plan.status()).isEqualTo(PlanStatus.AWAITING_SIGNATURE);
        assertThat(refusal(() -> plan.issued(new DocumentRef(1, "01/KH-BTC"), LocalDate.of(2027, 1, 5), "vanthu", AT)))
                .isEqualTo("plan.error.notAwaitingIssuance");
        plan.signOff("lanhdao", AT);
        plan.issued(new DocumentRef(1, "01/KH-BTC"), LocalDate.of(2027, 1, 5), "vanthu", AT);

        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.documentSymbol()).isEqualTo("01/KH-BTC");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(refusal(() -> plan.issued(new DocumentRef(2, "02/KH-BTC"), LocalDate.of(2027, 1, 6), "vanthu", AT)))
                .isEqualTo("plan.error.notAwaitingIssuance");
        assertThat(refusal(() -> plan.cancel("duthao", AT))).as("an issued plan stays issued")
                .isEqualTo("plan.error.notCancellable");
    }

    @Test
    void theLeaderMayReturnThePlanButNotAfterSigning() {
        AnnualPlan plan = plan(ready);
        plan.submit("duthao", AT);
        plan.approve("xemxet", AT);
        plan.returnToDrafter("Sửa chỉ tiêu", "lanhdao", AT);
        assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);

        plan.submit("duthao", AT);
        plan.approve("xemxet", AT);
        plan.signOff("lanhdao", AT);
        assertThat(refusal(() -> plan.returnToDrafter("Muộn rồi", "lanhdao", AT))).isEqualTo("plan.error.notReturnable");
    }

    @Test
    void aPlanIsCancelledInDraftOrUnderReviewOnly() {
        AnnualPlan draft = plan(ready);
        draft.cancel("duthao", AT);
        assertThat(draft.status()).isEqualTo(PlanStatus.CANCELLED);

        AnnualPlan inReview = plan(ready);
        inReview.submit("duthao", AT);
        inReview.cancel("duthao", AT);
        assertThat(inReview.status()).isEqualTo(PlanStatus.CANCELLED);

        AnnualPlan signing = plan(ready);
        signing.submit("duthao", AT);
        signing.approve("xemxet", AT);
        assertThat(refusal(() -> signing.cancel("duthao", AT))).isEqualTo("plan.error.notCancellable");
    }

    @Test
    void aCommandOnAnOutdatedVersionIsRefused() {
        AnnualPlan plan = plan(ready);
        plan.checkVersion(0);
        assertThat(refusal(() -> plan.checkVersion(3))).isEqualTo("plan.error.changedMeanwhile");
    }

    private static PlanContent with(PlanContent content, String summary, SigningForm form, String signer,
                                    List<Recipient> recipients) {
        return new PlanContent(content.programme(), summary, content.legalBases(), content.preamble(),
                content.targetNotes(), content.targets(), content.measures(), content.duties(), content.closing(),
                form, signer, recipients);
    }
}
