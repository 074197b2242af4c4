package vn.boardflow.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReceivedReports;
import vn.boardflow.report.ReportConsolidations;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms.ReportFormView;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.UnitReports.PeriodOverview;
import vn.boardflow.report.UnitReports.UnitReportSummary;
import vn.boardflow.report.UnitReports;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.StackedCell;

/**
 * A period of a form as its secretariat follows it (the page of the period's consolidation step): each unit's
 * report, its state, when it came and whether on time; how complete and how timely the period is; the periods
 * before and after. Its address is the form and the period, {@code reports/periods/12/MONTH-2026-3}.
 */
@Route("reports/periods")
@PermitAll
class ReportPeriodPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final UnitReports reports;
    private final ReportConsolidations consolidations;
    private final ReportForms forms;
    private final ReceivedReports received;
    private final Organisation organisation;
    private final Clock clock;
    private String parameter;
    private String title = "";

    ReportPeriodPage(UnitReports reports, ReportConsolidations consolidations, ReportForms forms,
                     ReceivedReports received, Organisation organisation, Clock clock) {
        this.reports = reports;
        this.consolidations = consolidations;
        this.forms = forms;
        this.received = received;
        this.organisation = organisation;
        this.clock = clock;
        setWidthFull();
    }

    static String parameter(ReportFormId formId, ReportPeriod period) {
        return formId + "/" + period.key();
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        this.parameter = parameter;
        load();
    }

    private void load() {
        removeAll();
        String[] parts = parameter == null ? new String[0] : parameter.split("/");
        Optional<ReportFormId> formId = parts.length == 2 && parts[0].matches("\\d{1,18}")
                ? ReportFormId.from(Long.parseLong(parts[0])) : Optional.empty();
        Optional<ReportPeriod> period = parts.length == 2 ? ReportPeriod.parse(parts[1]) : Optional.empty();
        Optional<PeriodOverview> overview = formId.isPresent() && period.isPresent()
                ? Actions.call(() -> reports.period(formId.get(), period.get())) : Optional.empty();
        if (overview.isEmpty()) {
            title = getTranslation("report.error.periodNotFound");
            add(new Span(title));
            return;
        }
        show(overview.get());
    }

    private void show(PeriodOverview overview) {
        title = overview.formName() + " · " + overview.period().label();
        Button previous = new Button(overview.period().previous().label(), click -> go(overview, overview.period().previous()));
        Button next = new Button(overview.period().next().label(), click -> go(overview, overview.period().next()));
        previous.addThemeVariants(ButtonVariant.TERTIARY);
        next.addThemeVariants(ButtonVariant.TERTIARY);
        FlexLayout header = new FlexLayout(previous, new Span(getTranslation("report.period.progress",
                overview.accepted(), overview.expected(), overview.completeness(), overview.sentOnTime(),
                overview.timeliness())), next);
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Grid<UnitReportSummary> grid = new Grid<>();
        grid.setId("period-reports");
        grid.setWidthFull();
        // a city's wards all in view; a province's hundreds scroll in the grid, leaving room for the consolidation
        if (overview.reports().size() <= 40) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("60vh");
        }
        grid.addComponentColumn(report -> StackedCell.of(report.unitName(), report.submittedAt() == null
                        ? getTranslation("report.period.notSent")
                        : getTranslation("report.period.sentAt", VietnameseDates.format(report.submittedAt()))))
                .setHeader(getTranslation("report.column.unit")).setFlexGrow(3);
        grid.addComponentColumn(report -> ReportBadges.of(report.status(), report.late()))
                .setHeader(getTranslation("report.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(report -> report.reopened() == 0 ? "" : getTranslation("report.period.revised", report.reopened()))
                .setHeader(getTranslation("report.column.revised")).setAutoWidth(true).setFlexGrow(0);
        GridListDataView<UnitReportSummary> shown = grid.setItems(overview.reports());
        grid.setEmptyStateText(getTranslation(overview.reports().isEmpty() ? "report.period.empty"
                : "report.period.noMatch"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(UnitReportPage.class,
                click.getItem().id().value())));
        // a province's hundreds of units: the one asked about is typed, accents aside
        TextField search = GridSearch.of(shown, "report.period.search", UnitReportSummary::unitName);
        search.setVisible(!overview.reports().isEmpty());
        add(header, actions(overview), search, grid, new ConsolidationPanel(consolidations,
                consolidations.of(overview.formId(), overview.period()), this::load));
    }

    /**
     * A period nobody has opened yet is opened here; a period that is over takes the reports its units sent
     * outside BoardFlow, for those that have not sent one.
     */
    private FlexLayout actions(PeriodOverview overview) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (overview.reports().isEmpty()) {
            actions.add(new Button(getTranslation("report.period.openThis"), click -> Actions.run(() -> {
                int opened = reports.open(overview.formId(), overview.period());
                Notifications.success(getTranslation("report.period.opened", opened, overview.period().label()));
                load();
            })));
        }
        Optional<ReportFormView> form = forms.find(overview.formId());
        if (form.isPresent() && overview.period().end().isBefore(LocalDate.now(clock))) {
            Set<UnitId> sent = overview.reports().stream().filter(report -> report.status().counted())
                    .map(UnitReportSummary::unitId).collect(Collectors.toSet());
            OrgChart chart = organisation.today();
            List<UnitName> missing = form.get().definition().reportingUnits().stream()
                    .filter(unit -> !sent.contains(unit)).map(unit -> new UnitName(unit, chart.nameOf(unit))).toList();
            if (!missing.isEmpty()) {
                actions.add(new Button(getTranslation("report.received.open"), click -> ReceivedReportDialog.open(
                        received, overview.formId(), overview.period(), form.get().definition().fields(), missing,
                        clock, this::load)));
            }
        }
        return actions;
    }

    private void go(PeriodOverview overview, ReportPeriod period) {
        getUI().ifPresent(ui -> ui.navigate(ReportPeriodPage.class, parameter(overview.formId(), period)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
