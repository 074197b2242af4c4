package vn.boardflow.drafting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.DocumentType;
import vn.boardflow.drafting.DocumentDrafts.DraftSummary;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanView;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.ui.FormDialog;

/**
 * A drafter starts a công văn from the drafts list, writes it, sees the preview's findings go as the signer is
 * chosen, and saves it as a second version; a reviewer reads it without the editor and comments on it. A plan's
 * draft is reviewed on the same page, which sends its drafter to the plan's screens to change it.
 */
class DraftPageTest extends KaribuTest {

    @Test
    void aDrafterWritesACongVanAndAReviewerCommentsOnIt() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        UI.getCurrent().navigate(DraftsView.class);
        _click(_get(Button.class, spec -> spec.withText("Tạo dự thảo")));
        @SuppressWarnings("unchecked")
        Select<DocumentType> type = _get(Select.class, spec -> spec.withLabel("Loại văn bản"));
        fill(type, DocumentType.CONG_VAN);
        fill(_get(TextArea.class, spec -> spec.withLabel("Trích yếu")), "V/v báo cáo kết quả tháng 11");
        _click(_get(Button.class, spec -> spec.withText("Tạo")));

        DraftPage page = _get(DraftPage.class);
        assertThat(page.getPageTitle()).isEqualTo("V/v báo cáo kết quả tháng 11");
        _get(Div.class, spec -> spec.withText("Chưa chọn người ký: bản xem trước để trống tên người ký."));
        fill(_get(TextField.class, spec -> spec.withLabel("Kính gửi")), "Ban Tổ chức Đề án các phường");
        fill(_get(TextArea.class, spec -> spec.withLabel("Nội dung")), """
                Để tổng hợp kết quả tháng 11, Ban Tổ chức đề nghị:
                1. Các phường gửi báo cáo trước ngày 25.""");
        fill(_get(TextField.class, spec -> spec.withLabel("Người ký đề xuất")), "Phạm Quốc Bảo");
        _click(_get(Button.class, spec -> spec.withText("Lưu phiên bản mới")));
        NotificationsKt.expectNotifications("Đã lưu bản 2.");
        _assertNone(Div.class, spec -> spec.withText("Chưa chọn người ký: bản xem trước để trống tên người ký."));
        assertThat(_find(Div.class)).extracting(Div::getText).anyMatch(text -> text.startsWith("Bản 1 — " + board.drafter()));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Nội dung")).getValue())
                .isEqualTo("Để tổng hợp kết quả tháng 11, Ban Tổ chức đề nghị:\n1. Các phường gửi báo cáo trước ngày 25.");

        loginAs(board.reviewer());
        UI.getCurrent().navigate(DraftsView.class);
        @SuppressWarnings("unchecked")
        Grid<DraftSummary> list = _get(Grid.class);
        DraftSummary draft = GridKt._get(list, 0);
        assertThat(draft.summary()).isEqualTo("V/v báo cáo kết quả tháng 11");
        _assertNone(Button.class, spec -> spec.withText("Tạo dự thảo"));
        GridKt._clickItem(list, 0);
        _assertNone(Button.class, spec -> spec.withText("Lưu phiên bản mới"));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Nội dung")).isReadOnly()).isTrue();
        fill(_get(TextArea.class, spec -> spec.withLabel("Ý kiến của bạn về bản đang xem")), "Ghi rõ hạn gửi báo cáo.");
        _click(_get(Button.class, spec -> spec.withText("Gửi ý kiến")));
        NotificationsKt.expectNotifications("Đã gửi ý kiến.");
        assertThat(_find(Div.class)).extracting(Div::getText).anyMatch(text -> text.startsWith("Bản 2 · " + board.reviewer())
                && text.endsWith(": Ghi rõ hạn gửi báo cáo."));
    }

    @Test
    void aPlansDraftIsReviewedOnItsPageAndWrittenOnThePlans() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        PlanDrafting drafting = context.getBean(PlanDrafting.class);
        AnnualPlans plans = context.getBean(AnnualPlans.class);
        PlanId planId = drafting.create(new NewPlan(board.bodyId(), 2027, false));
        PlanView plan = plans.find(planId).orElseThrow();
        drafting.save(planId, plan.version(), board.filledIn(plan.content(), 0, 0));
        DraftApproval approval = context.getBean(DraftApproval.class);
        approval.submit(plan.draftId(), context.getBean(DocumentDrafts.class).find(plan.draftId()).orElseThrow().version());

        loginAs(board.reviewer());
        UI.getCurrent().navigate("drafts/" + plan.draftId());
        assertThat(_get(DraftPage.class).getPageTitle()).isEqualTo(plan.content().summary());
        _assertNone(DraftEditor.class);
        assertThat(_get(Anchor.class, spec -> spec.withText("Mở màn hình soạn")).getHref()).isEqualTo("plans/" + planId);
        _click(_get(Button.class, spec -> spec.withText("Đồng ý")));
        _click(_get(_get(FormDialog.class), Button.class, spec -> spec.withText("Đồng ý")));
        NotificationsKt.expectNotifications("Đã đồng ý; dự thảo chuyển sang bước tiếp theo.");
        assertThat(plans.find(planId).orElseThrow().status()).as("the plan follows its draft")
                .isEqualTo(DraftStatus.AWAITING_SIGNATURE);
    }
}
