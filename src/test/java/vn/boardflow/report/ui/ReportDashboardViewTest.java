package vn.boardflow.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.KaribuTest;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReceivedReports;
import vn.boardflow.report.ReportDashboards.DashboardForm;
import vn.boardflow.report.ReportDashboards.FieldProgress;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportDashboards.UnitProgress;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportingBoard;

/**
 * Theo dõi chỉ tiêu for a board whose January came in on paper: the secretariat sees its figures against the plan,
 * each chart with its table, the wards ranked with those behind the pace in red, and narrows to a figure and a
 * ward; a ward officer sees their own ward without the others.
 */
class ReportDashboardViewTest extends KaribuTest {

    @Autowired
    ReportForms forms;
    @Autowired
    ReceivedReports received;

    @Test
    void theSecretariatFollowsItsTargetsAndAWardSeesItsOwn() {
        ReportingBoard reporting = ReportingBoard.create(context);
        loginAs(reporting.board().drafter());
        ReportFormId formId = forms.create(reporting.board().bodyId(), reporting.monthlyForm());
        ReportPeriod january = ReportPeriod.month(2026, 1);
        long[] members = {20, 4, 9};
        for (int ward = 0; ward < 3; ward++) {
            received.record(formId, january, reporting.board().wards().get(ward),
                    reporting.entry(members[ward], 90, 1, "Sinh hoạt đều"), LocalDate.of(2026, 1, 24));
        }

        UI.getCurrent().navigate("reports/dashboard");
        choose(formId);
        @SuppressWarnings("unchecked")
        Grid<FieldProgress> fields = _get(Grid.class, spec -> spec.withId("dashboard-fields"));
        assertThat(GridKt._size(fields)).as("two targets and one other figure").isEqualTo(3);
        assertThat(GridKt._get(fields, 0).actual()).isEqualTo(33L);
        @SuppressWarnings("unchecked")
        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("dashboard-units"));
        assertThat(GridKt._findAll(units)).extracting(UnitProgress::actual).containsExactly(20L, 9L, 4L);
        Span last = (Span) GridKt._getCellComponent(units, 2, "percent");
        assertThat(last.getClassNames()).as("4 of 100 is under 1/12").contains("behind-pace");
        assertThat(last.getText()).isEqualTo("4% · chậm tiến độ");
        assertThat(((Span) GridKt._getCellComponent(units, 1, "percent")).getClassNames()).isEmpty();
        assertThat(_find(Image.class)).as("progress, wards and reporting charts").hasSize(3);

        @SuppressWarnings("unchecked")
        ComboBox<FormField> field = _get(ComboBox.class, spec -> spec.withLabel("Chỉ tiêu"));
        fill(field, GridKt._get(fields, 1).field());
        @SuppressWarnings("unchecked")
        Grid<UnitProgress> levels = _get(Grid.class, spec -> spec.withId("dashboard-units"));
        assertThat(GridKt._findAll(levels)).extracting(UnitProgress::actual).containsOnly(90L);
        @SuppressWarnings("unchecked")
        ComboBox<UnitName> unit = _get(ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        fill(unit, GridKt._findAll(levels).stream().map(ward -> new UnitName(ward.unitId(), ward.name())).toList()
                .getFirst());
        assertThat(_find(Grid.class, spec -> spec.withId("dashboard-units"))).as("one ward's own view").isEmpty();

        loginAs(reporting.board().wardOfficer());
        UI.getCurrent().navigate("reports/dashboard");
        choose(formId);
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Đơn vị"))).as("no other ward to choose").isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("dashboard-units"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<FieldProgress> own = _get(Grid.class, spec -> spec.withId("dashboard-fields"));
        assertThat(GridKt._get(own, 0).actual()).isEqualTo(20L);
        assertThat(GridKt._get(own, 0).target()).isEqualTo(100L);
    }

    @SuppressWarnings("unchecked")
    private static void choose(ReportFormId formId) {
        ComboBox<DashboardForm> form = _get(ComboBox.class, spec -> spec.withLabel("Mẫu báo cáo"));
        fill(form, form.getListDataView().getItems().filter(option -> option.formId().equals(formId)).findFirst()
                .orElseThrow());
    }
}
