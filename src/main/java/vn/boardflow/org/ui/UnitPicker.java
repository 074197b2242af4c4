package vn.boardflow.org.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Collection;
import java.util.List;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.TextFolding;

/** Picks a unit from the tree, indented by depth; typing "phu loi" finds "Phường Phú Lợi". */
class UnitPicker extends ComboBox<OrgUnit> {

    UnitPicker(String label, OrgChart chart) {
        this(label, chart, List.of());
    }

    UnitPicker(String label, OrgChart chart, Collection<UnitId> excluded) {
        super(label);
        List<OrgUnit> units = chart.inTreeOrder().stream().filter(unit -> !excluded.contains(unit.id())).toList();
        setItems((unit, filter) -> TextFolding.matches(unit.name() + " " + unit.shortName(), filter),
                units);
        setItemLabelGenerator(OrgUnit::name);
        setRenderer(LitRenderer.<OrgUnit>of("<span style=\"padding-inline-start: ${item.depth}em\">${item.name}</span>")
                .withProperty("depth", unit -> chart.depth(unit.id()))
                .withProperty("name", OrgUnit::name));
        setWidthFull();
        setClearButtonVisible(true);
    }

    void select(UnitId unitId) {
        if (unitId == null) {
            clear();
            return;
        }
        getListDataView().getItems().filter(unit -> unit.id().equals(unitId)).findFirst().ifPresent(this::setValue);
    }
}
