package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Kết quả kiểm tra: a ward's closed inspections across rounds, newest first. Ward officers see their own
 * ward's; organisers open a ward's history from a round.
 */
@Route("inspections/history")
@PermitAll
@Menu(title = "nav.wardHistory", order = 27, icon = "vaadin:chart-timeline")
class WardHistoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final WardInspections inspections;
    private final Organisation organisation;

    WardHistoryView(WardInspections inspections, Organisation organisation) {
        this.inspections = inspections;
        this.organisation = organisation;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long wardId) {
        removeAll();
        List<UnitId> wards = wardId != null ? UnitId.from(wardId).stream().toList() : inspections.ownWards();
        if (wards.isEmpty()) {
            add(new H3(getTranslation("inspection.history.noWard")));
        }
        wards.forEach(ward -> add(new H3(organisation.today().nameOf(ward)), history(inspections.historyOf(ward))));
    }

    private Grid<WardInspectionView> history(List<WardInspectionView> closed) {
        Grid<WardInspectionView> grid = new Grid<>();
        grid.addComponentColumn(view -> StackedCell.of(getTranslation(view.period().titleKey(), view.year()),
                        VietnameseDates.format(view.date())))
                .setHeader(getTranslation("inspection.history.round")).setFlexGrow(2);
        grid.addColumn(view -> view.total() + "/" + view.checklist().maxScore())
                .setHeader(getTranslation("inspection.column.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(view -> getTranslation(view.rating().messageKey()))
                .setHeader(getTranslation("inspection.column.rating")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(view -> view.minutesSymbol() == null ? "" : view.minutesSymbol())
                .setHeader(getTranslation("inspection.column.minutes")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(closed);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("inspection.history.empty"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.wardHistory");
    }
}
