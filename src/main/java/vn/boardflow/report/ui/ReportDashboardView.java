package vn.boardflow.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportDashboards;
import vn.boardflow.report.ReportDashboards.Chart;
import vn.boardflow.report.ReportDashboards.ChartFormat;
import vn.boardflow.report.ReportDashboards.Dashboard;
import vn.boardflow.report.ReportDashboards.DashboardForm;
import vn.boardflow.report.ReportDashboards.DashboardQuery;
import vn.boardflow.report.ReportDashboards.FieldProgress;
import vn.boardflow.report.ReportDashboards.PeriodProgress;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportDashboards.UnitProgress;
import vn.boardflow.report.ReportConsolidations.Spreadsheet;
import vn.boardflow.shared.VietnameseNumbers;
import vn.boardflow.shared.ui.Downloads;

/**
 * Theo dõi chỉ tiêu: a form's year of targets against actuals, filtered by year, figure and unit; each chart with
 * its table, and every table in one workbook. A ward's officers see their own ward's.
 */
@Route("reports/dashboard")
@PermitAll
@Menu(title = "nav.reportDashboard", order = 24.5, icon = "vaadin:chart")
class ReportDashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportDashboards dashboards;
    private final ComboBox<DashboardForm> form = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<FormField> field = new ComboBox<>();
    private final ComboBox<UnitName> unit = new ComboBox<>();
    private final Div content = new Div();
    /** Set while the filters are filled from the dashboard shown, so that filling them shows nothing again. */
    private boolean filling;

    ReportDashboardView(ReportDashboards dashboards, Clock clock) {
        this.dashboards = dashboards;
        setWidthFull();
        List<DashboardForm> forms = dashboards.forms();
        if (forms.isEmpty()) {
            add(new Paragraph(getTranslation("report.dashboard.noForms")));
            return;
        }
        form.setLabel(getTranslation("report.dashboard.form"));
        form.setItems(forms);
        form.setItemLabelGenerator(option -> option.name() + " — " + option.bodyLabel());
        form.setWidth("24em");
        year.setLabel(getTranslation("report.dashboard.year"));
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        field.setLabel(getTranslation("report.dashboard.field"));
        field.setItemLabelGenerator(FormField::label);
        field.setWidth("20em");
        unit.setLabel(getTranslation("report.dashboard.unit"));
        unit.setItemLabelGenerator(UnitName::name);
        unit.setPlaceholder(getTranslation("report.dashboard.allUnits"));
        unit.setClearButtonVisible(true);
        FlexLayout filters = new FlexLayout(form, year, field, unit);
        filters.addClassName("toolbar");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setWidthFull();
        add(filters, content);

        form.addValueChangeListener(change -> {
            if (!filling && change.getValue() != null) {
                chosen(change.getValue(), clock);
            }
        });
        year.addValueChangeListener(change -> refresh());
        field.addValueChangeListener(change -> refresh());
        unit.addValueChangeListener(change -> refresh());
        form.setValue(forms.getFirst());
    }

    /** A form chosen: its latest year with accepted reports, its units, its first figure. */
    private void chosen(DashboardForm chosen, Clock clock) {
        filling = true;
        year.setValue(chosen.latestYear() != null ? chosen.latestYear() : LocalDate.now(clock).getYear());
        unit.setItems(chosen.units());
        unit.clear();
        unit.setVisible(chosen.wholeBody() && chosen.units().size() > 1);
        field.clear();
        filling = false;
        refresh();
    }

    private void refresh() {
        if (filling || form.getValue() == null) {
            return;
        }
        if (year.getValue() == null || year.isInvalid()) {
            year.setErrorMessage(getTranslation("report.dashboard.yearRequired"));
            year.setInvalid(true);
            return;
        }
        DashboardQuery query = new DashboardQuery(form.getValue().formId(), year.getValue(),
                field.getValue() == null ? null : field.getValue().key(),
                unit.getValue() == null ? null : unit.getValue().unitId());
        Dashboard dashboard = dashboards.of(query);
        filling = true;
        field.setItems(dashboard.fields().stream().map(FieldProgress::field).toList());
        field.setValue(dashboard.field());
        filling = false;
        show(dashboard, query);
    }

    private void show(Dashboard dashboard, DashboardQuery query) {
        content.removeAll();
        if (dashboard.reportedPeriods() == 0) {
            content.add(new Paragraph(getTranslation("report.dashboard.noneAccepted", dashboard.year())));
        }
        content.add(Downloads.link(getTranslation("report.dashboard.download"), () -> {
            Spreadsheet sheet = dashboards.spreadsheet(query);
            return new Downloads.File(sheet.fileName(), XLSX, sheet.bytes());
        }));
        content.add(fields(dashboard));
        if (dashboard.field() != null) {
            content.add(new ChartBlock(getTranslation("report.dashboard.progress", dashboard.field().label()),
                    "luy-ke.svg", () -> dashboards.chart(dashboard, Chart.PROGRESS, ChartFormat.SVG), periods(dashboard)));
            if (dashboard.unitName() == null && dashboard.units().size() > 1) {
                content.add(new ChartBlock(getTranslation("report.dashboard.units", dashboard.field().label()),
                        "theo-don-vi.svg", () -> dashboards.chart(dashboard, Chart.UNITS, ChartFormat.SVG),
                        units(dashboard)));
            }
        }
        content.add(new ChartBlock(getTranslation("report.dashboard.rates"), "tien-do-bao-cao.svg",
                () -> dashboards.chart(dashboard, Chart.RATES, ChartFormat.SVG), rates(dashboard)));
    }

    private Grid<FieldProgress> fields(Dashboard dashboard) {
        Grid<FieldProgress> grid = table(dashboard.fields());
        grid.setId("dashboard-fields");
        grid.addColumn(progress -> progress.field().label()).setHeader(getTranslation("report.dashboard.field"))
                .setFlexGrow(3);
        number(grid, "report.dashboard.target", FieldProgress::target);
        number(grid, "report.dashboard.actual", FieldProgress::actual);
        grid.addComponentColumn(progress -> pace(progress.percent(), progress.behindPace()))
                .setHeader(getTranslation("report.dashboard.percent")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> field.setValue(click.getItem().field()));
        return grid;
    }

    private Grid<PeriodProgress> periods(Dashboard dashboard) {
        Grid<PeriodProgress> grid = table(dashboard.periods());
        grid.addColumn(period -> period.period().shortLabel()).setHeader(getTranslation("report.dashboard.period"));
        number(grid, "report.dashboard.inPeriod", PeriodProgress::value);
        grid.addColumn(period -> period.period().number() <= dashboard.reportedPeriods()
                        ? VietnameseNumbers.grouped(period.cumulative()) : "")
                .setHeader(getTranslation("report.dashboard.cumulative")).setAutoWidth(true);
        number(grid, "report.dashboard.expected", PeriodProgress::expected);
        return grid;
    }

    private Grid<UnitProgress> units(Dashboard dashboard) {
        Grid<UnitProgress> grid = table(dashboard.units());
        grid.setId("dashboard-units");
        grid.addColumn(UnitProgress::name).setHeader(getTranslation("report.dashboard.unit")).setFlexGrow(2);
        number(grid, "report.dashboard.target", UnitProgress::target);
        number(grid, "report.dashboard.actual", UnitProgress::actual);
        grid.addComponentColumn(progress -> pace(progress.percent(), progress.behindPace())).setKey("percent")
                .setHeader(getTranslation("report.dashboard.percent")).setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private Grid<PeriodRates> rates(Dashboard dashboard) {
        Grid<PeriodRates> grid = table(dashboard.rates());
        grid.addColumn(period -> period.period().shortLabel()).setHeader(getTranslation("report.dashboard.period"));
        grid.addColumn(period -> getTranslation("report.dashboard.ofExpected", period.accepted(), period.expected()))
                .setHeader(getTranslation("report.dashboard.accepted")).setAutoWidth(true);
        grid.addColumn(period -> period.completeness() + "%").setHeader(getTranslation("report.dashboard.completeness"))
                .setAutoWidth(true);
        grid.addColumn(period -> period.timeliness() + "%").setHeader(getTranslation("report.dashboard.timeliness"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("report.dashboard.noPeriods"));
        return grid;
    }

    private static <T> Grid<T> table(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private <T> void number(Grid<T> grid, String header, ValueProvider<T, Long> value) {
        grid.addColumn(item -> {
            Long amount = value.apply(item);
            return amount == null ? "" : VietnameseNumbers.grouped(amount);
        }).setHeader(getTranslation(header)).setAutoWidth(true);
    }

    /** The percent reached, in red with its reason where it is behind the pace. */
    private Span pace(Integer percent, boolean behind) {
        Span text = new Span(percent == null ? "" : percent + "%");
        if (behind) {
            text.addClassName("behind-pace");
            text.setTitle(getTranslation("report.dashboard.behind"));
            text.add(" · " + getTranslation("report.dashboard.behind"));
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reportDashboard");
    }
}
