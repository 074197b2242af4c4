package vn.boardflow.inspection.ui;

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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.inspection.InspectionFixtures;
import vn.boardflow.inspection.RatingScale;
import vn.boardflow.plan.PlanningBoard;

/**
 * The secretariat revises a checklist on screen: a criterion added, a maximum changed, a mistake refused
 * in words it can act on, then saved as the next revision while the old one stays readable; an inspector
 * only reads it.
 */
class ChecklistPageTest extends KaribuTest {

    @Autowired
    ChecklistTemplates templates;

    @Test
    void theSecretariatSavesAChecklistAsItsNextRevision() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.drafter());
        String name = "Bộ tiêu chí màn hình " + UUID.randomUUID().toString().substring(0, 6);
        TemplateView first = templates.create(board.bodyId(), new Checklist(name, List.of(new Group("Sinh hoạt", List.of(
                new Criterion("1.1", "Chi hội sinh hoạt hằng tháng", 10, "", true)))), RatingScale.USUAL));

        UI.getCurrent().navigate(ChecklistsView.class);
        @SuppressWarnings("unchecked")
        Grid<TemplateView> list = _get(Grid.class);
        assertThat(GridKt._fetch(list, 0, GridKt._size(list))).extracting(template -> template.checklist().name())
                .contains(name);

        UI.getCurrent().navigate(ChecklistPage.class, first.id());
        assertThat(_get(ChecklistPage.class).getPageTitle()).isEqualTo(name + " (bản 1)");
        _get(Span.class, spec -> spec.withText("Tổng điểm tối đa: 10"));
        _click(_get(Button.class, spec -> spec.withText("Thêm tiêu chí")));
        List<TextField> codes = _find(TextField.class, spec -> spec.withLabel("Mã"));
        List<IntegerField> maxima = _find(IntegerField.class, spec -> spec.withLabel("Điểm tối đa"));
        fill(codes.get(1), "1.2");
        fill(maxima.get(1), 5);
        _get(Span.class, spec -> spec.withText("Tổng điểm tối đa: 15"));
        _click(_get(Button.class, spec -> spec.withText("Lưu thành bản mới")));
        NotificationsKt.expectNotifications("Tiêu chí cần có mã và nội dung.");

        fill(_find(TextArea.class, spec -> spec.withLabel("Nội dung tiêu chí")).get(1), "Nội dung sinh hoạt phong phú");
        fill(maxima.get(0), 15);
        _click(_get(Button.class, spec -> spec.withText("Lưu thành bản mới")));
        NotificationsKt.expectNotifications("Đã lưu «" + name + "» thành bản 2.");
        assertThat(_get(ChecklistPage.class).getPageTitle()).isEqualTo(name + " (bản 2)");
        _get(Span.class, spec -> spec.withText("Tổng điểm tối đa: 20"));

        UI.getCurrent().navigate(ChecklistPage.class, first.id());
        _get(Span.class, spec -> spec.withText("Đây là bản cũ, chỉ để xem; các đợt kiểm tra mới dùng bản 2."));
        _assertNone(Button.class, spec -> spec.withText("Lưu thành bản mới"));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Mã"))).allMatch(TextField::isReadOnly);

        loginAs(board.reviewer());
        UI.getCurrent().navigate(ChecklistPage.class, templates.revisions(first.id()).getFirst().id());
        _assertNone(Button.class, spec -> spec.withText("Lưu thành bản mới"));
        _assertNone(Button.class, spec -> spec.withText("Thêm tiêu chí"));

        loginAs("tinh");
        UI.getCurrent().navigate(ChecklistPage.class, templates.revisions(first.id()).getFirst().id());
        _get(Span.class, spec -> spec.withPredicate(text -> text.getText().startsWith("Bộ tiêu chí của BKH.ĐA · Thủ Dầu Một")));
        _assertNone(Button.class, spec -> spec.withText("Thêm tiêu chí"));
        _assertNone(Button.class, spec -> spec.withText("Lưu thành bộ tiêu chí mới"));
        _assertNone(Button.class, spec -> spec.withText("Ngừng dùng"));
    }

    @Test
    void aBodyStartsItsOwnChecklistFromTheStandardOneUnderANewName() {
        PlanningBoard board = PlanningBoard.create(context);
        loginAs(board.leader());
        UI.getCurrent().navigate(ChecklistPage.class, InspectionFixtures.standardChecklist(templates));
        _get(Span.class, spec -> spec.withPredicate(text -> text.getText().startsWith("Bộ tiêu chí này đi kèm hệ thống")));
        _assertNone(Button.class, spec -> spec.withText("Ngừng dùng"));
        _click(_get(Button.class, spec -> spec.withText("Lưu thành bộ tiêu chí mới")));
        NotificationsKt.expectNotifications("Hãy đặt tên mới cho bộ tiêu chí của cơ quan mình.");

        String name = "Bộ tiêu chí riêng " + UUID.randomUUID().toString().substring(0, 6);
        fill(_get(TextField.class, spec -> spec.withLabel("Tên bộ tiêu chí")), name);
        _click(_get(Button.class, spec -> spec.withText("Lưu thành bộ tiêu chí mới")));

        NotificationsKt.expectNotifications("Đã lưu «" + name + "» thành bản 1.");
        TemplateView own = templates.availableTo(board.bodyId()).stream()
                .filter(template -> template.checklist().name().equals(name)).findFirst().orElseThrow();
        assertThat(own.issuingBodyId()).isEqualTo(board.bodyId());
        assertThat(own.checklist().maxScore()).isEqualTo(100);
    }
}
