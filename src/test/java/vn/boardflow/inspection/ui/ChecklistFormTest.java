package vn.boardflow.inspection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.inspection.InspectionEvidence.Attach;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.InspectionFixtures;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.Remedies.RemedyView;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.inspection.StandardChecklist;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.AuditLog;
import vn.boardflow.plan.PlanningBoard;

/**
 * An inspector fills a ward's checklist: each change is saved as a draft, an incomplete submission (and one
 * without the evidence a criterion requires) is refused and sent again from the same form once complete,
 * which counts once; the team head closes it with a remedial task, which the ward reports done with
 * evidence and the head sends back.
 */
class ChecklistFormTest extends KaribuTest {

    @Autowired
    InspectionRounds rounds;

    @Autowired
    RoundPlanning planning;

    @Autowired
    ChecklistTemplates templates;
    @Autowired
    WardInspections inspections;
    @Autowired
    InspectionEvidence evidence;
    @Autowired
    AuditLog auditLog;

    @Test
    void anInspectorFillsAChecklistThatSavesAsItGoesAndSubmitsOnce() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR,
                InspectionFixtures.standardChecklist(templates), false, ""));
        InspectionFixtures.scheduleOneTeam(rounds, planning, board, roundId, LocalDate.of(2026, 6, 10));

        loginAs(board.clerk());
        UI.getCurrent().navigate("inspections/mine");
        @SuppressWarnings("unchecked")
        Grid<WardInspectionView> mine = _get(Grid.class);
        WardInspectionView first = GridKt._fetch(mine, 0, GridKt._size(mine)).stream()
                .filter(view -> view.roundId().equals(roundId)).findFirst().orElseThrow();
        UI.getCurrent().navigate(ChecklistForm.class, first.id().value());

        fill(score("1.1"), 8);
        assertThat(inspections.find(first.id()).orElseThrow().scores().get("1.1").score()).isEqualTo(8);
        _get(Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith("Đã lưu nháp lúc ")));
        _click(_get(Button.class, spec -> spec.withText("Gửi kết quả")));
        assertThat(confirm()).startsWith("Sau khi gửi, đoàn không sửa điểm được nữa");
        NotificationsKt.expectNotifications("Chưa chấm tiêu chí 1.2: Nội dung sinh hoạt phong phú, phù hợp với thanh niên công nhân.");

        StandardChecklist.CHECKLIST.criteria().stream().filter(criterion -> !criterion.code().equals("1.1"))
                .forEach(criterion -> fill(score(criterion.code()), criterion.maxScore()));
        _get(Span.class, spec -> spec.withText("Tổng điểm: 98/100 — xếp loại Xuất sắc"));
        _click(_get(Button.class, spec -> spec.withText("Gửi kết quả")));
        confirm();
        NotificationsKt.expectNotifications("Tiêu chí 1.1 (Chi đoàn, chi hội sinh hoạt định kỳ hằng tháng theo kế hoạch)"
                + " cần minh chứng mới được chấm điểm: hãy đính kèm ảnh hoặc tệp.");
        EvidenceSamples.attachRequired(evidence, first.id());
        _click(_get(Button.class, spec -> spec.withText("Gửi kết quả")));
        // the confirmation arrives twice, as after a double tap or a resend once the connection is back
        ConfirmDialog twice = _get(ConfirmDialog.class);
        BasicUtilsKt._fireEvent(twice, new ConfirmDialog.ConfirmEvent(twice, true));
        ConfirmDialogKt._fireConfirm(twice);
        NotificationsKt.expectNotifications("Đã gửi kết quả: 98 điểm, xếp loại Xuất sắc.",
                "Đã gửi kết quả: 98 điểm, xếp loại Xuất sắc.");
        _get(Anchor.class, spec -> spec.withPredicate(link -> link.getText().startsWith("anh-1.1.jpg (")));
        _assertNone(Button.class, spec -> spec.withText("Gửi kết quả"));

        loginAs(board.reviewer());
        UI.getCurrent().navigate(ChecklistForm.class, first.id().value());
        TextArea proposal = _get(TextArea.class, spec -> spec.withPredicate(area -> area.getAriaLabel()
                .filter("Nội dung việc khắc phục 1"::equals).isPresent()));
        assertThat(proposal.getValue()).startsWith("Khắc phục tiêu chí 1.1");
        fill(proposal, "Bổ sung biên bản sinh hoạt tháng 3");
        _click(_get(Button.class, spec -> spec.withText("Kết thúc kiểm tra phường")));
        assertThat(confirm()).isEqualTo("Kết quả được chốt để ban hành biên bản; phường nhận 1 việc khắc phục.");
        NotificationsKt.expectNotifications("Đã kết thúc kiểm tra phường.");
        _get(RouterLink.class, spec -> spec.withText("Bổ sung biên bản sinh hoạt tháng 3"));

        loginAs(board.wardOfficer());
        UI.getCurrent().navigate("inspections/remedies");
        @SuppressWarnings("unchecked")
        Grid<RemedyView> tasks = _get(Grid.class);
        RemedyView task = GridKt._get(tasks, 0);
        assertThat(task.description()).isEqualTo("Bổ sung biên bản sinh hoạt tháng 3");
        GridKt._clickItem(tasks, 0);
        fill(_get(TextArea.class, spec -> spec.withLabel("Kết quả khắc phục")), "Đã bổ sung");
        _click(_get(Button.class, spec -> spec.withText("Báo cáo đã khắc phục")));
        NotificationsKt.expectNotifications("Hãy đính kèm ít nhất một minh chứng trước khi báo cáo đã khắc phục.");
        evidence.attach(new Attach(first.id(), null, task.id(), "bien-ban-thang-3.pdf", "%PDF-1.4".getBytes()));
        UI.getCurrent().navigate(RemedyPage.class, task.id());
        fill(_get(TextArea.class, spec -> spec.withLabel("Kết quả khắc phục")), "Đã bổ sung");
        _click(_get(Button.class, spec -> spec.withText("Báo cáo đã khắc phục")));
        NotificationsKt.expectNotifications("Đã báo cáo kết quả khắc phục.");

        loginAs(board.reviewer());
        UI.getCurrent().navigate(RemedyPage.class, task.id());
        _click(_get(Button.class, spec -> spec.withText("Trả lại")));
        fill(_get(TextArea.class, spec -> spec.withLabel("Lý do trả lại")), "Biên bản chưa có chữ ký");
        _click(_get(Button.class, spec -> spec.withText("Trả lại phường")));
        NotificationsKt.expectNotifications("Đã trả lại phường.");
        _get(Span.class, spec -> spec.withText("Trưởng đoàn trả lại: Biên bản chưa có chữ ký"));
        loginAs("quantri");
        assertThat(auditLog.search(new AuditFilter(null, null, null, "inspection.submitted", "WardInspection",
                String.valueOf(first.id())), 0, 10)).hasSize(1);
    }

    private static IntegerField score(String code) {
        String label = "Điểm tiêu chí " + code;
        return _get(IntegerField.class, spec -> spec.withPredicate(field -> field.getAriaLabel().filter(label::equals)
                .isPresent()));
    }
}
