package vn.boardflow.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.plan.AnnualPlans.Ward;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.shared.ui.Messages;

/**
 * The city's targets and, for the indicators wards take shares of, a grid of wards × indicators. The
 * "Còn lại" figure under each column follows every keystroke: what the wards still have to take on, or
 * by how much they were given too much.
 */
class AllocationGrid extends VerticalLayout {

    static final String CITY_COLUMN = "city";

    private final List<TargetLine> initial;
    private final Map<Long, IntegerField> cityValues = new LinkedHashMap<>();
    private final Map<Long, Map<Long, IntegerField>> shares = new HashMap<>();
    private final Map<Long, List<Span>> remaining = new HashMap<>();

    AllocationGrid(List<TargetLine> targets, List<Ward> wards, boolean readOnly) {
        this.initial = List.copyOf(targets);
        setPadding(false);
        Grid<TargetLine> city = new Grid<>();
        city.addClassName("city-targets");
        city.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        city.addColumn(TargetLine::indicator).setHeader(Messages.text("plan.target.indicator")).setFlexGrow(3);
        city.addColumn(TargetLine::unitOfMeasure).setHeader(Messages.text("plan.target.unit")).setAutoWidth(true)
                .setFlexGrow(0);
        city.addComponentColumn(line -> cityValues.get(line.indicatorId())).setHeader(Messages.text("plan.target.city"))
                .setKey(CITY_COLUMN).setWidth("9rem").setFlexGrow(0);
        city.addComponentColumn(line -> line.allocated() ? remainingLabel(line.indicatorId())
                : new Span(Messages.text("plan.target.notAllocated"))).setHeader(Messages.text("plan.target.remaining"))
                .setAutoWidth(true).setFlexGrow(0);
        List<TargetLine> allocated = new ArrayList<>();
        for (TargetLine line : targets) {
            cityValues.put(line.indicatorId(), number(line.indicator(), line.cityValue(), readOnly, line.indicatorId()));
            if (line.allocated()) {
                allocated.add(line);
                Map<Long, IntegerField> byWard = new LinkedHashMap<>();
                for (Ward ward : wards) {
                    byWard.put(ward.unitId().value(), number(ward.name() + " — " + line.indicator(), line.shareOf(ward.unitId()),
                            readOnly, line.indicatorId()));
                }
                shares.put(line.indicatorId(), byWard);
            }
        }
        city.setItems(targets);
        city.setAllRowsVisible(true);
        add(new H3(Messages.text("plan.target.cityTitle")), city);

        if (allocated.isEmpty() || wards.isEmpty()) {
            add(new Paragraph(Messages.text(wards.isEmpty() ? "plan.target.noWards" : "plan.target.noneAllocated")));
        } else {
            add(new H3(Messages.text("plan.target.allocationTitle")), allocation(allocated, wards));
        }
        targets.forEach(line -> updateRemaining(line.indicatorId()));
    }

    private Grid<Ward> allocation(List<TargetLine> allocated, List<Ward> wards) {
        Grid<Ward> grid = new Grid<>();
        grid.addClassName("allocation-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        var wardColumn = grid.addColumn(Ward::name).setHeader(Messages.text("plan.target.ward")).setWidth("11rem")
                .setFlexGrow(0).setFrozen(true);
        var footer = grid.appendFooterRow();
        footer.getCell(wardColumn).setText(Messages.text("plan.target.remaining"));
        for (TargetLine line : allocated) {
            Span header = new Span(line.indicator() + " (" + line.unitOfMeasure() + ")");
            header.addClassName("wrapping-header");
            var column = grid.addComponentColumn(ward -> shares.get(line.indicatorId()).get(ward.unitId().value()))
                    .setHeader(header).setKey(shareColumn(line.indicatorId())).setWidth("9rem").setFlexGrow(1);
            footer.getCell(column).setComponent(remainingLabel(line.indicatorId()));
        }
        grid.setItems(wards);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static String shareColumn(long indicatorId) {
        return "share-" + indicatorId;
    }

    private IntegerField number(String label, long value, boolean readOnly, long indicatorId) {
        IntegerField field = new IntegerField();
        field.setAriaLabel(label);
        field.setMin(0);
        field.setValue(Math.toIntExact(value));
        field.setReadOnly(readOnly);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(change -> updateRemaining(indicatorId));
        field.addClassName("number-cell");
        return field;
    }

    private Span remainingLabel(long indicatorId) {
        Span label = new Span();
        label.addClassName("remaining");
        remaining.computeIfAbsent(indicatorId, id -> new ArrayList<>()).add(label);
        return label;
    }

    private void updateRemaining(long indicatorId) {
        TargetLine line = line(indicatorId);
        if (!line.allocated()) {
            return;
        }
        long left = line.remaining();
        String text = left == 0 ? Messages.text("plan.target.balanced")
                : left > 0 ? Messages.text("plan.target.short", left) : Messages.text("plan.target.over", -left);
        for (Span label : remaining.getOrDefault(indicatorId, List.of())) {
            label.setText(text);
            label.getElement().getThemeList().clear();
            label.getElement().getThemeList().addAll(List.of("badge", left == 0 ? "success" : "error"));
        }
    }

    /** The targets as typed; an empty field counts as nothing. */
    List<TargetLine> targets() {
        return initial.stream().map(line -> line(line.indicatorId())).toList();
    }

    private TargetLine line(long indicatorId) {
        TargetLine original = initial.stream().filter(line -> line.indicatorId() == indicatorId).findFirst().orElseThrow();
        Map<Long, Long> wardShares = new HashMap<>();
        shares.getOrDefault(indicatorId, Map.of()).forEach((ward, field) -> wardShares.put(ward, valueOf(field)));
        return new TargetLine(original.indicatorId(), original.indicator(), original.unitOfMeasure(), original.allocated(),
                valueOf(cityValues.get(indicatorId)), wardShares);
    }

    private static long valueOf(IntegerField field) {
        return field == null || field.getValue() == null ? 0 : field.getValue();
    }
}
