package vn.boardflow.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.Role;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportForms.ReportFormView;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.UnitReports;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Báo cáo định kỳ: the report forms of the user's bodies; each opens its current period's page, where the
 * secretariat follows its units' reports, or a period opened by hand; a body's drafters create new forms.
 */
@Route("reports/forms")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER"})
@Menu(title = "nav.reportForms", order = 24, icon = "vaadin:table")
class ReportFormsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportForms forms;
    private final UnitReports reports;
    private final Clock clock;
    private final Grid<ReportFormView> grid = new Grid<>();

    ReportFormsView(ReportForms forms, UnitReports reports, IssuingBodies bodies, Clock clock) {
        this.forms = forms;
        this.reports = reports;
        this.clock = clock;
        setSizeFull();
        List<IssuingBodyView> drafting = bodies.where(Role.DRAFTER);
        // a form just made is opened at its current period, where the secretariat opens it for the units
        Button create = new Button(getTranslation("report.form.create"), click -> NewFormDialog.open(forms, drafting,
                id -> forms.find(id).ifPresent(form -> show(form, ReportPeriod.containing(
                        form.definition().schedule().periodType(), LocalDate.now(clock))))));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(!drafting.isEmpty());
        grid.setSizeFull();
        grid.addComponentColumn(form -> StackedCell.of(form.definition().name(), form.bodyLabel(),
                        schedule(form.definition().schedule())))
                .setHeader(getTranslation("report.column.form")).setFlexGrow(3);
        grid.addColumn(form -> form.definition().reportingUnits().size())
                .setHeader(getTranslation("report.column.units")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("report.forms.empty"));
        add(create, grid);
        refresh();
    }

    private HorizontalLayout actions(ReportFormView form) {
        ReportPeriod current = ReportPeriod.containing(form.definition().schedule().periodType(), LocalDate.now(clock));
        Button open = new Button(getTranslation("report.period.open"), click -> OpenPeriodDialog.open(reports,
                form.id(), form.definition().schedule().periodType(), clock, period -> show(form, period)));
        Button now = new Button(current.label(), click -> show(form, current));
        now.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(now, open);
        actions.addClassName("row-actions");
        return actions;
    }

    private void show(ReportFormView form, ReportPeriod period) {
        getUI().ifPresent(ui -> ui.navigate(ReportPeriodPage.class, ReportPeriodPage.parameter(form.id(), period)));
    }

    private String schedule(ReportSchedule schedule) {
        return getTranslation(schedule.dueInNextMonth() ? "report.form.scheduleNextMonth" : "report.form.schedule",
                getTranslation(schedule.periodType().messageKey()), schedule.dueDay(), schedule.graceDays(),
                schedule.lockDays());
    }

    private void refresh() {
        grid.setItems(forms.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reportForms");
    }
}
