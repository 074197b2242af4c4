package vn.boardflow.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitAdministration;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.DatePickers;

/** The unit tree, as it stands today or stood on another day, and the changes an administrator makes to it. */
@Route("admin/units")
@RolesAllowed("ADMIN")
@Menu(title = "nav.units", order = 20, icon = "vaadin:sitemap")
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final Organisation organisation;
    private final UnitDialogs dialogs;
    private final LocalDate today;
    private final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    private final TextField search = new TextField();
    private final DatePicker asOf;
    private final Checkbox showClosed = new Checkbox();
    private final List<Button> changeButtons;
    private final Button history;

    UnitsView(Organisation organisation, UnitAdministration administration, Clock clock) {
        this.organisation = organisation;
        this.today = LocalDate.now(clock);
        this.dialogs = new UnitDialogs(administration, organisation, today, this::refresh);
        setSizeFull();

        search.setPlaceholder(getTranslation("unit.search"));
        search.setWidth("min(20rem, 100%)");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        asOf = DatePickers.create(getTranslation("unit.asOf"));
        asOf.setValue(today);
        asOf.addValueChangeListener(change -> refresh());
        showClosed.setLabel(getTranslation("unit.showClosed"));
        showClosed.addValueChangeListener(change -> refresh());

        Button create = new Button(getTranslation("unit.create"), click -> dialogs.create(selected()).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button rename = new Button(getTranslation("unit.rename"), click -> dialogs.rename(selected()).open());
        Button move = new Button(getTranslation("unit.move"), click -> dialogs.move(selected()).open());
        Button merge = new Button(getTranslation("unit.merge"), click -> dialogs.merge(selected()).open());
        Button close = new Button(getTranslation("unit.close"), click -> dialogs.close(selected()).open());
        close.addThemeVariants(ButtonVariant.ERROR);
        history = new Button(getTranslation("unit.history"), click -> dialogs.history(selected()).open());
        changeButtons = List.of(rename, move, merge, close);

        FlexLayout filters = new FlexLayout(search, asOf, showClosed);
        filters.addClassName("toolbar");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        FlexLayout buttons = new FlexLayout(create, rename, move, merge, close, history);
        buttons.addClassName("toolbar");

        configureTree();
        add(filters, buttons, tree);
        refresh();
    }

    private void configureTree() {
        tree.setSizeFull();
        tree.addHierarchyColumn(OrgUnit::name).setHeader(getTranslation("unit.field.name"))
                .setWidth("28rem").setFlexGrow(3).setResizable(true);
        tree.addColumn(OrgUnit::shortName).setHeader(getTranslation("unit.field.shortName"))
                .setWidth("12rem").setResizable(true);
        tree.addColumn(unit -> getTranslation(unit.type().messageKey())).setHeader(getTranslation("unit.field.type"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(OrgUnit::abbreviation).setHeader(getTranslation("unit.column.abbreviation"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(unit -> VietnameseDates.format(unit.versionFrom()))
                .setHeader(getTranslation("unit.field.since")).setAutoWidth(true);
        tree.addComponentColumn(unit -> unit.closedOn() == null ? Badges.of(getTranslation("unit.status.open"), Badges.Tone.SUCCESS)
                        : Badges.of(getTranslation("unit.status.closed", VietnameseDates.format(unit.closedOn())),
                        Badges.Tone.CONTRAST))
                .setHeader(getTranslation("unit.field.status")).setAutoWidth(true);
        tree.setEmptyStateText(getTranslation("unit.empty"));
        tree.asSingleSelect().addValueChangeListener(change -> updateButtons());
    }

    private void refresh() {
        LocalDate date = asOf.getValue() == null ? today : asOf.getValue();
        OrgChart chart = date.equals(today) && !showClosed.getValue()
                ? organisation.today() : organisation.on(date, showClosed.getValue());
        String query = TextFolding.fold(search.getValue());
        Set<UnitId> shown = query.isEmpty() ? null : matchesWithAncestors(chart, query);
        Function<OrgUnit, List<OrgUnit>> children = unit -> chart.children(unit.id()).stream()
                .filter(child -> shown == null || shown.contains(child.id())).toList();
        List<OrgUnit> roots = chart.roots().stream().filter(root -> shown == null || shown.contains(root.id())).toList();
        tree.setItems(roots, children::apply);
        if (shown != null) {
            tree.expandRecursively(roots, Integer.MAX_VALUE);
        } else {
            tree.expandRecursively(roots, 2);
        }
        updateButtons();
    }

    /** A match shows with the path above it, so the user sees where it sits. */
    private static Set<UnitId> matchesWithAncestors(OrgChart chart, String foldedQuery) {
        return chart.inTreeOrder().stream()
                .filter(unit -> TextFolding.fold(unit.name() + " " + unit.shortName() + " "
                        + (unit.abbreviation() == null ? "" : unit.abbreviation())).contains(foldedQuery))
                .flatMap(unit -> Stream.concat(Stream.of(unit),
                        chart.ancestors(unit.id()).stream()))
                .map(OrgUnit::id)
                .collect(Collectors.toSet());
    }

    /** Changes apply to the tree as it stands today, so they are offered only there. */
    private void updateButtons() {
        OrgUnit unit = selected();
        boolean changeable = unit != null && unit.closedOn() == null && today.equals(asOf.getValue());
        changeButtons.forEach(button -> button.setEnabled(changeable));
        history.setEnabled(unit != null);
    }

    private OrgUnit selected() {
        return tree.asSingleSelect().getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }
}
