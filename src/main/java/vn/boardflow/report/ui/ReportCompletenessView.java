package vn.boardflow.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportDashboards.FormRates;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportDashboards;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Tình hình gửi báo cáo: for one period, each form whose units the user sees all of (a province's cities, the
 * country's provinces) with how many of its units were expected, accepted and on time, and all of them summed in
 * the footer. It opens at the last month already due.
 */
@Route("reports/completeness")
@PermitAll
@Menu(title = "nav.reportCompleteness", order = 24.6, icon = "vaadin:check-square-o")
class ReportCompletenessView extends VerticalLayout implements HasDynamicTitle {

    private final ReportDashboards dashboards;
    private final ComboBox<PeriodType> type = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final IntegerField number = new IntegerField();
    private final Grid<FormRates> grid = new Grid<>();
    /** The columns of the figures, each with what it shows of a period's rates: the footer shows it of their sum. */
    private final Map<Grid.Column<FormRates>, ValueProvider<PeriodRates, String>> figures = new LinkedHashMap<>();
    private final FooterRow footer;
    private final Grid.Column<FormRates> formColumn;

    ReportCompletenessView(ReportDashboards dashboards, Clock clock) {
        this.dashboards = dashboards;
        setWidthFull();
        ReportPeriod due = ReportPeriod.containing(PeriodType.MONTH, LocalDate.now(clock)).previous();
        type.setLabel(getTranslation("report.completeness.periodType"));
        type.setItems(PeriodType.values());
        type.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        type.setValue(PeriodType.MONTH);
        year.setLabel(getTranslation("report.period.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setValue(due.year());
        number.setMin(1);
        number.setStepButtonsVisible(true);
        number.setValue(due.number());
        FlexLayout filters = new FlexLayout(type, year, number);
        filters.addClassName("toolbar");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("report-completeness");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        formColumn = grid.addComponentColumn(rates -> StackedCell.of(rates.form().bodyLabel(), rates.form().name()))
                .setHeader(getTranslation("report.completeness.form")).setFlexGrow(3);
        figure("report.completeness.expected", rates -> String.valueOf(rates.expected()));
        figure("report.dashboard.accepted", rates -> String.valueOf(rates.accepted()));
        figure("report.dashboard.completeness", rates -> rates.completeness() + "%");
        figure("report.completeness.onTime", rates -> String.valueOf(rates.onTime()));
        figure("report.dashboard.timeliness", rates -> rates.timeliness() + "%");
        grid.setEmptyStateText(getTranslation("report.completeness.empty"));
        footer = grid.appendFooterRow();
        type.addValueChangeListener(change -> refresh());
        year.addValueChangeListener(change -> refresh());
        number.addValueChangeListener(change -> refresh());
        add(filters, grid);
        refresh();
    }

    private void figure(String header, ValueProvider<PeriodRates, String> shown) {
        figures.put(grid.addColumn(rates -> shown.apply(rates.rates())).setHeader(getTranslation(header))
                .setAutoWidth(true).setFlexGrow(0), shown);
    }

    private void refresh() {
        PeriodType chosen = type.getValue() == null ? PeriodType.MONTH : type.getValue();
        number.setLabel(getTranslation("report.period.number." + chosen.name()));
        number.setMax(chosen.periodsPerYear());
        number.setVisible(chosen != PeriodType.YEAR);
        int periodNumber = chosen == PeriodType.YEAR ? 1 : number.getValue() == null ? 0 : number.getValue();
        if (year.getValue() == null || year.getValue() < 2000 || year.getValue() > 2100 || periodNumber < 1
                || periodNumber > chosen.periodsPerYear()) {
            grid.setItems(List.of());
            return;
        }
        ReportPeriod period = new ReportPeriod(chosen, year.getValue(), periodNumber);
        List<FormRates> rows = dashboards.completeness(period);
        grid.setItems(rows);
        PeriodRates all = PeriodRates.of(period, rows.stream().mapToInt(row -> row.rates().expected()).sum(),
                rows.stream().mapToInt(row -> row.rates().accepted()).sum(),
                rows.stream().mapToInt(row -> row.rates().onTime()).sum());
        footer.getCell(formColumn).setText(getTranslation("report.completeness.total", rows.size()));
        figures.forEach((column, shown) -> footer.getCell(column).setText(shown.apply(all)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reportCompleteness");
    }
}
