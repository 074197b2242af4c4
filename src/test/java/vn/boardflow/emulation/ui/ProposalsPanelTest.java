package vn.boardflow.emulation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.Proposals;
import vn.boardflow.emulation.Proposals.ProposalFile;
import vn.boardflow.emulation.Proposals.ProposalView;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.ui.FormDialog;

/**
 * A ward's officer opens the campaign, proposes a person for Chiến sĩ thi đua cơ sở and reads the checks that fail
 * (no Lao động tiên tiến proposed, over the cap, no report); sending is refused until the report is attached. Sent,
 * the secretariat returns it with the reason, which the ward reads on the proposal it may send again.
 */
class ProposalsPanelTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aWardProposesAPersonAndReadsTheChecks() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        context.getBean(Campaigns.class).create(new NewCampaign(board.bodyId(),
                "Phong trào thi đua năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ""));

        loginAs(board.wardOfficer());
        UI.getCurrent().navigate("emulation");
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("campaigns")), 0);
        _click(_get(Button.class, spec -> spec.withId("new-proposal")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Họ tên (hoặc tên tập thể)")), "Nguyễn Văn An");
        ComboBox<CommendationRule> form = _get(dialog, ComboBox.class,
                spec -> spec.withLabel("Danh hiệu, hình thức khen thưởng"));
        fill(form, form.getListDataView().getItems().filter(rule -> rule.code().equals("CSTDCS")).findFirst()
                .orElseThrow());
        fill(_get(dialog, TextArea.class, spec -> spec.withLabel("Tóm tắt thành tích")),
                "Hoàn thành xuất sắc nhiệm vụ; sáng kiến tập hợp thanh niên công nhân được nhân rộng.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu đề xuất")));

        Dialog opened = _get(Dialog.class, spec -> spec.withId("proposal"));
        String checks = opened.getElement().getTextRecursively();
        assertThat(checks).contains("Chưa được đề xuất danh hiệu Lao động tiên tiến",
                "vượt tỷ lệ tối đa 0 (15 % của 0 người đạt Lao động tiên tiến)", "Chưa đính kèm báo cáo thành tích.",
                "Không bị kỷ luật.");
        _click(_get(opened, Button.class, spec -> spec.withId("send-proposal")));
        confirm();
        NotificationsKt.expectNotifications("Đính kèm báo cáo thành tích trước khi gửi đề xuất.");
        _click(_get(opened, Button.class, spec -> spec.withText("Đóng")));
        Grid<ProposalView> list = _get(Grid.class, spec -> spec.withId("proposals"));
        ProposalView written = GridKt._findAll(list).getFirst();
        assertThat(written.failed()).isEqualTo(3);
        Proposals proposals = context.getBean(Proposals.class);
        proposals.attach(written.id(), ProposalFile.Kind.REPORT, "bao-cao.pdf",
                "%PDF-1.4 báo cáo".getBytes(StandardCharsets.UTF_8));
        proposals.send(written.id(), proposals.find(written.id()).orElseThrow().version());
        String page = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        loginAs(board.drafter());
        UI.getCurrent().navigate(page);
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("proposals")), 0);
        _click(_get(Button.class, spec -> spec.withId("return-proposal")));
        FormDialog returning = _get(FormDialog.class);
        fill(_get(returning, TextArea.class, spec -> spec.withLabel("Lý do trả lại")),
                "Chưa đủ điều kiện Lao động tiên tiến: đề xuất danh hiệu đó trước.");
        _click(_get(returning, Button.class, spec -> spec.withText("Trả lại đơn vị")));
        NotificationsKt.expectNotifications("Đã trả lại đề xuất cho đơn vị.");

        loginAs(board.wardOfficer());
        UI.getCurrent().navigate(page);
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("proposals")), 0);
        assertThat(_get(Dialog.class, spec -> spec.withId("proposal")).getElement().getTextRecursively())
                .contains("Thường trực trả lại: Chưa đủ điều kiện Lao động tiên tiến: đề xuất danh hiệu đó trước.");
        _get(Button.class, spec -> spec.withId("send-proposal"));
    }
}
