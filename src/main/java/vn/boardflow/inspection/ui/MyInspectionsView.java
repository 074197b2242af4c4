package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.StackedCell;

/** Phiếu kiểm tra của tôi: the wards the user's teams inspect, by date; a tap opens the checklist. */
@Route("inspections/mine")
@PermitAll
@Menu(title = "nav.myInspections", order = 26, icon = "vaadin:check-square-o")
class MyInspectionsView extends VerticalLayout implements HasDynamicTitle {

    MyInspectionsView(WardInspections inspections) {
        setSizeFull();
        Grid<WardInspectionView> grid = new Grid<>();
        grid.setSizeFull();
        grid.addComponentColumn(view -> StackedCell.of(view.wardName(), getTranslation("inspection.mine.line",
                        VietnameseDates.format(view.date()), getTranslation(view.mode().messageKey()), view.team())))
                .setHeader(getTranslation("inspection.column.ward")).setFlexGrow(3);
        grid.addComponentColumn(view -> Badges.of(getTranslation(view.status().messageKey()),
                        view.mayFill() || view.mayClose() ? Badges.Tone.NORMAL : Badges.Tone.CONTRAST))
                .setHeader(getTranslation("inspection.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(inspections.mine());
        grid.setEmptyStateText(getTranslation("inspection.mine.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ChecklistForm.class, click.getItem().id().value())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myInspections");
    }
}
