package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.Remedies.RemedyView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.StackedCell;

/** Việc khắc phục: the remedial tasks of the user's wards, open ones first by deadline; a tap opens the task. */
@Route("inspections/remedies")
@PermitAll
@Menu(title = "nav.remedies", order = 27, icon = "vaadin:wrench")
class RemediesView extends VerticalLayout implements HasDynamicTitle {

    RemediesView(Remedies remedies) {
        setSizeFull();
        Grid<RemedyView> grid = new Grid<>();
        grid.setSizeFull();
        grid.addComponentColumn(task -> StackedCell.of(task.description(), getTranslation("remedy.line",
                        task.wardName(), task.roundTitle(), VietnameseDates.format(task.deadline()))))
                .setHeader(getTranslation("remedy.column.task")).setFlexGrow(3);
        grid.addComponentColumn(RemedyBadges::of)
                .setHeader(getTranslation("inspection.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(remedies.ofMyWards());
        grid.setEmptyStateText(getTranslation("remedy.mine.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RemedyPage.class, click.getItem().id())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.remedies");
    }
}
