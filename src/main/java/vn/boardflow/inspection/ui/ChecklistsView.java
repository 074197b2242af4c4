package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.RatingScale;
import vn.boardflow.shared.ui.StackedCell;

/** Bộ tiêu chí: the checklists in use, each at its latest revision; a tap opens it to read or revise. */
@Route("inspections/checklists")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "INSPECTOR", "CLERK", "ADMIN"})
@Menu(title = "nav.checklists", order = 28, icon = "vaadin:list-ol")
class ChecklistsView extends VerticalLayout implements HasDynamicTitle {

    ChecklistsView(ChecklistTemplates templates, IssuingBodies bodies) {
        setSizeFull();
        Map<IssuingBodyId, String> owners = bodies.all().stream()
                .collect(Collectors.toMap(IssuingBodyView::id, IssuingBodyView::label));
        Grid<TemplateView> grid = new Grid<>();
        grid.setSizeFull();
        grid.addComponentColumn(template -> StackedCell.of(template.checklist().name(), line(template)))
                .setHeader(getTranslation("checklist.column.name")).setFlexGrow(3);
        grid.addColumn(template -> template.issuingBodyId() == null ? getTranslation("checklist.ofSystem")
                        : owners.getOrDefault(template.issuingBodyId(), ""))
                .setHeader(getTranslation("checklist.column.owner")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(template -> scale(template.checklist().scale()))
                .setHeader(getTranslation("checklist.column.scale")).setAutoWidth(true).setFlexGrow(1);
        grid.setItems(templates.current());
        grid.setEmptyStateText(getTranslation("checklist.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ChecklistPage.class, click.getItem().id())));
        add(grid);
    }

    private String line(TemplateView template) {
        Checklist checklist = template.checklist();
        return getTranslation("checklist.line", template.revision(), checklist.criteria().size(), checklist.maxScore());
    }

    private String scale(RatingScale scale) {
        return getTranslation("checklist.scale", scale.excellent(), scale.good(), scale.fair(), scale.average());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.checklists");
    }
}
