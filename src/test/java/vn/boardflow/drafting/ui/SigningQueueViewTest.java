package vn.boardflow.drafting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.ui.FormDialog;

/**
 * The leader's queue: the draft waiting is read as it will print and signed off in one click; a second one goes
 * back with a comment; the clerk then issues the signed one from its page.
 */
class SigningQueueViewTest extends KaribuTest {

    @Test
    void theLeaderReadsSignsOffAndReturnsFromTheQueue() {
        PlanningBoard board = PlanningBoard.create(context);
        DraftId notice = submittedAndAgreed(board, "Về việc tổ chức hội nghị sơ kết 6 tháng");
        DraftId plan = submittedAndAgreed(board, "Về việc điều chỉnh lịch kiểm tra tháng 12");

        loginAs(board.leader());
        UI.getCurrent().navigate(SigningQueueView.class);
        _get(H3.class, spec -> spec.withText("Chờ ký duyệt: 2"));
        assertThat(_get(IFrame.class).getSrcdoc().orElseThrow()).as("the first waiting is open, read as it prints")
                .contains("Về việc tổ chức hội nghị sơ kết 6 tháng");
        _click(_get(Button.class, spec -> spec.withText("Ký duyệt bản 1")));
        NotificationsKt.expectNotifications("Đã ký duyệt; dự thảo chuyển văn thư ban hành.");
        _get(H3.class, spec -> spec.withText("Chờ ký duyệt: 1"));
        assertThat(_get(IFrame.class).getSrcdoc().orElseThrow()).contains("Về việc điều chỉnh lịch kiểm tra tháng 12");

        _click(_get(Button.class, spec -> spec.withText("Trả lại")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Ý kiến (bắt buộc)")), "Chờ lịch của Tỉnh");
        _click(_get(dialog, Button.class, spec -> spec.withText("Trả lại")));
        NotificationsKt.expectNotifications("Đã trả lại dự thảo cho người soạn.");
        _get(Paragraph.class, spec -> spec.withText("Không có văn bản nào chờ bạn ký duyệt."));

        loginAs(board.clerk());
        UI.getCurrent().navigate(DraftPage.class, notice.value());
        _click(_get(Button.class, spec -> spec.withText("Ban hành")));
        _click(_get(_get(FormDialog.class), Button.class, spec -> spec.withText("Cấp số và ban hành")));
        NotificationsKt.expectNotifications("Đã ban hành, số 01/TB-BKH.ĐA.");
        assertThat(context.getBean(DocumentDrafts.class).find(plan).orElseThrow().returnComment())
                .isEqualTo("Chờ lịch của Tỉnh");
    }

    private DraftId submittedAndAgreed(PlanningBoard board, String summary) {
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        loginAs(board.drafter());
        DraftId id = drafts.create(board.bodyId(), new DraftContent(DocumentType.THONG_BAO, summary, null, List.of(),
                null, List.of(new DocumentContent.Paragraph("Ban Tổ chức thông báo như sau.")),
                null, SigningForm.TM, "Phạm Quốc Bảo", List.of(Recipient.outside("Lưu: VT"))));
        approval.submit(id, drafts.find(id).orElseThrow().version());
        loginAs(board.reviewer());
        approval.approve(id, null);
        return id;
    }
}
