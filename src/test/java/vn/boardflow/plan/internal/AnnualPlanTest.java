package vn.boardflow.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.shared.RuleViolation;

/** The plan's own rules, without the route around them: what it needs to be sent, and following its draft. */
class AnnualPlanTest {

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    final PlanContent ready = new PlanContent("Đề án", "Kế hoạch năm 2027", List.of(), "", List.of(), List.of(
            new TargetLine(1, "Hội viên phát triển mới", "hội viên", true, 100, Map.of(11L, 60L, 12L, 40L))),
            List.of(), List.of(), "", SigningForm.TM, "Phạm Quốc Bảo", List.of(Recipient.outside("Ban Chỉ đạo")));

    AnnualPlan plan(PlanContent content) {
        return new AnnualPlan(IssuingBodyId.of(7), UnitId.of(70), 2027, content, "duthao", AT);
    }

    @Test
    void aNewPlanIsBeingDraftedForAPlausibleYear() {
        assertThat(plan(ready).status()).isEqualTo(DraftStatus.DRAFTING);
        assertThatThrownBy(() -> new AnnualPlan(IssuingBodyId.of(7), UnitId.of(70), 1999, ready, "duthao", AT)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aPlanIsSentOnlyWithItsSummarySignerRecipientsAndBalancedShares() {
        assertThat(refusal(() -> plan(with(ready, "", SigningForm.TM, "Phạm Quốc Bảo", ready.recipients())).checkSubmittable()))
                .isEqualTo("plan.error.summaryRequired");
        assertThat(refusal(() -> plan(with(ready, ready.summary(), null, "", ready.recipients())).checkSubmittable()))
                .isEqualTo("plan.error.signingFormAndSignerRequired");
        assertThat(refusal(() -> plan(with(ready, ready.summary(), SigningForm.TM, "", ready.recipients())).checkSubmittable()))
                .isEqualTo("plan.error.signerRequired");
        assertThat(refusal(() -> plan(with(ready, ready.summary(), SigningForm.TM, "Phạm Quốc Bảo", List.of())).checkSubmittable()))
                .isEqualTo("plan.error.recipientsRequired");
        PlanContent unbalanced = new PlanContent(ready.programme(), ready.summary(), List.of(), "", List.of(), List.of(
                new TargetLine(1, "Hội viên phát triển mới", "hội viên", true, 100, Map.of(11L, 60L))),
                List.of(), List.of(), "", SigningForm.TM, "Phạm Quốc Bảo", ready.recipients());
        assertThat(refusal(() -> plan(unbalanced).checkSubmittable())).isEqualTo("plan.error.wardsShort");
        plan(ready).checkSubmittable();
    }

    @Test
    void itFollowsItsDraftAndIsChangedOnlyWhileTheDraftMayBe() {
        AnnualPlan plan = plan(ready);
        plan.followed(DraftStatus.IN_REVIEW, null);
        assertThat(refusal(() -> plan.edit(ready, "duthao", AT))).as("under review, the draft is frozen")
                .isEqualTo("plan.error.notEditable");
        plan.followed(DraftStatus.AWAITING_ISSUANCE, null);
        plan.edit(ready, "duthao", AT);
        plan.followed(DraftStatus.ISSUED, new DocumentRef(1, "01/KH-BTC"));
        assertThat(plan.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(plan.documentSymbol()).isEqualTo("01/KH-BTC");
        assertThat(refusal(() -> plan.edit(ready, "duthao", AT))).as("an issued plan stays as issued")
                .isEqualTo("plan.error.notEditable");
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
