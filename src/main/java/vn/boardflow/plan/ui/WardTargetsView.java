package vn.boardflow.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.AnnualPlans.WardTarget;
import vn.boardflow.shared.VietnameseNumbers;
import vn.boardflow.shared.ui.ResponsiveGrid;
import vn.boardflow.shared.ui.StackedCell;

/** Chỉ tiêu được giao: what the issued plans ask of the user's ward, next to the city's total. */
@Route("targets")
@RolesAllowed("WARD_OFFICER")
@Menu(title = "nav.wardTargets", order = 22, icon = "vaadin:flag-checkered")
class WardTargetsView extends VerticalLayout implements HasDynamicTitle {

    WardTargetsView(AnnualPlans plans) {
        setSizeFull();
        Grid<WardTarget> grid = new Grid<>();
        grid.setSizeFull();
        Grid.Column<WardTarget> compact = grid.addComponentColumn(target -> StackedCell.of(target.indicator(),
                getTranslation("plan.wardTargets.compact", VietnameseNumbers.grouped(target.share()), target.unitOfMeasure(),
                        String.valueOf(target.year()), target.documentSymbol())))
                .setHeader(getTranslation("plan.target.indicator"));
        List<Grid.Column<WardTarget>> detailed = List.of(
                grid.addColumn(target -> String.valueOf(target.year())).setHeader(getTranslation("plan.column.year"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addComponentColumn(target -> StackedCell.of(target.indicator(), target.wardName()))
                        .setHeader(getTranslation("plan.target.indicator")).setFlexGrow(3),
                grid.addColumn(target -> VietnameseNumbers.grouped(target.share()) + " " + target.unitOfMeasure())
                        .setHeader(getTranslation("plan.target.share")).setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(target -> VietnameseNumbers.grouped(target.cityValue())).setHeader(getTranslation("plan.target.city"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(WardTarget::documentSymbol).setHeader(getTranslation("plan.column.symbol"))
                        .setAutoWidth(true).setFlexGrow(0));
        ResponsiveGrid.bind(grid, compact, detailed);
        grid.setItems(plans.wardTargets());
        grid.setEmptyStateText(getTranslation("plan.wardTargets.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.wardTargets");
    }
}
