package vn.boardflow.inspection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.boardflow.KaribuTest;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionFixtures;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.inspection.StandardChecklist;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardSelfAssessments;
import vn.boardflow.plan.PlanningBoard;

/**
 * A ward's officer scores the ward before the visit from the task's page: saved as it goes, sent once;
 * the team then sees the ward's own score beside each criterion, and another ward's officer is refused.
 */
class SelfAssessmentFormTest extends KaribuTest {

    @Autowired
    InspectionRounds rounds;

    @Autowired
    RoundPlanning planning;

    @Autowired
    ChecklistTemplates templates;
    @Autowired
    WardInspections inspections;

    @Autowired
    WardSelfAssessments selfAssessments;

    @Test
    void aWardScoresItselfBeforeTheVisitAndTheTeamSeesIt() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.YEAR_END,
                InspectionFixtures.standardChecklist(templates), true, ""));
        InspectionFixtures.scheduleOneTeam(rounds, planning, board, roundId, LocalDate.of(2026, 12, 1));
        WardInspectionId own = inspections.ofRound(roundId).stream().filter(view -> view.wardId().equals(board.wards().getFirst()))
                .findFirst().orElseThrow().id();
        WardInspectionId other = inspections.ofRound(roundId).stream().filter(view -> !view.wardId().equals(board.wards().getFirst()))
                .findFirst().orElseThrow().id();

        loginAs(board.reviewer());
        UI.getCurrent().navigate(SelfAssessmentForm.class, own.value());
        _get(Paragraph.class, spec -> spec.withText("Phường đang tự chấm điểm; bản tự chấm còn gửi được đến hết ngày "
                + "trước ngày kiểm tra 01/12/2026, rồi Đoàn 1 xem khi kiểm tra."));
        _assertNone(Button.class, spec -> spec.withText("Gửi bản tự chấm"));

        loginAs(board.wardOfficer());
        UI.getCurrent().navigate(SelfAssessmentForm.class, own.value());
        _get(Paragraph.class, spec -> spec.withPredicate(text -> text.getText().startsWith("Phường tự chấm theo bộ tiêu chí")));
        StandardChecklist.CHECKLIST.criteria().forEach(criterion -> fill(score(criterion.code()), criterion.maxScore()));
        fill(score("8.1"), 3);
        _get(Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith("Đã lưu nháp lúc ")));
        _get(Span.class, spec -> spec.withText("Tổng điểm: 97/100 — xếp loại Xuất sắc"));
        _click(_get(Button.class, spec -> spec.withText("Gửi bản tự chấm")));
        assertThat(confirm()).startsWith("Sau khi gửi, phường không sửa điểm tự chấm được nữa");
        NotificationsKt.expectNotifications("Đã gửi bản tự chấm: 97 điểm.");
        _assertNone(Button.class, spec -> spec.withText("Gửi bản tự chấm"));
        assertThat(score("8.1").isReadOnly()).isTrue();
        assertThatThrownBy(() -> selfAssessments.save(other, 0, Map.of()))
                .isInstanceOf(AccessDeniedException.class);

        loginAs(board.clerk());
        UI.getCurrent().navigate(ChecklistForm.class, own.value());
        _get(Span.class, spec -> spec.withText("Phường tự chấm: 97/100 điểm."));
        _get(Span.class, spec -> spec.withText("Phường tự chấm: 3 điểm."));
    }

    private static IntegerField score(String code) {
        String label = "Điểm tiêu chí " + code;
        return _get(IntegerField.class, spec -> spec.withPredicate(field -> field.getAriaLabel().filter(label::equals)
                .isPresent()));
    }
}
