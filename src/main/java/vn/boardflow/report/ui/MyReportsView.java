package vn.boardflow.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.report.UnitReports;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.StackedCell;

/** Báo cáo của tôi: the reports of the user's ward (or body), newest period first; a tap opens the report. */
@Route("reports/mine")
@PermitAll
@Menu(title = "nav.myReports", order = 23, icon = "vaadin:edit")
class MyReportsView extends VerticalLayout implements HasDynamicTitle {

    MyReportsView(UnitReports reports) {
        setSizeFull();
        Grid<UnitReportSummary> grid = new Grid<>();
        grid.setSizeFull();
        grid.addComponentColumn(report -> StackedCell.of(report.formName(), getTranslation("report.mine.line",
                        report.period().label(), report.unitName(), VietnameseDates.format(report.dueOn()))))
                .setHeader(getTranslation("report.column.report")).setFlexGrow(3);
        grid.addComponentColumn(report -> ReportBadges.of(report.status(), report.late()))
                .setHeader(getTranslation("report.column.status")).setAutoWidth(true).setFlexGrow(0);
        GridListDataView<UnitReportSummary> rows = grid.setItems(reports.mine());
        grid.setEmptyStateText(getTranslation("report.mine.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(UnitReportPage.class,
                click.getItem().id().value())));
        // a secretariat reporting for its body on several forms, or a body for several units, finds the one
        add(GridSearch.of(rows, "report.mine.search", report -> String.join(" ", report.formName(),
                report.period().label(), report.unitName())), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myReports");
    }
}
