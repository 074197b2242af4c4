package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DraftRoute;
import vn.boardflow.drafting.DraftRoutes;
import vn.boardflow.org.Role;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Messages;

/**
 * Quy trình trình ký: for each type of a body's documents, one review step or two, and, for a Công văn, whether
 * the secretariat signs it without the leader. A change applies to drafts submitted from then on.
 */
@Route("draft-routes")
@RolesAllowed("ADMIN")
@Menu(title = "nav.draftRoutes", order = 25, icon = "vaadin:road-branches")
class DraftRoutesView extends VerticalLayout implements HasDynamicTitle {

    private final DraftRoutes routes;
    private final Select<IssuingBodyView> body = new Select<>();
    private final Grid<DocumentType> grid = new Grid<>();

    DraftRoutesView(DraftRoutes routes, IssuingBodies bodies) {
        this.routes = routes;
        List<IssuingBodyView> administered = bodies.where(Role.ADMIN);
        add(new Paragraph(getTranslation("draftRoutes.explanation")));
        if (administered.isEmpty()) {
            add(new Paragraph(getTranslation("draftRoutes.noBodies")));
            return;
        }
        body.setLabel(getTranslation("draft.field.issuingBody"));
        body.setItems(administered);
        body.setItemLabelGenerator(IssuingBodyView::fullLabel);
        body.addValueChangeListener(change -> show());
        grid.setAllRowsVisible(true);
        add(body, grid);
        body.setValue(administered.getFirst());
    }

    /** Each row's fields save as they change; a refusal puts the row back as it was. */
    private void show() {
        IssuingBodyView chosen = body.getValue();
        Map<DocumentType, DraftRoute> set = routes.setIn(chosen.id());
        grid.removeAllColumns();
        grid.addColumn(type -> getTranslation(type.messageKey())).setHeader(getTranslation("draft.column.type"))
                .setAutoWidth(true);
        grid.addComponentColumn(type -> {
            Select<Integer> steps = new Select<>();
            steps.setItems(1, 2);
            steps.setItemLabelGenerator(count -> getTranslation("draftRoutes.reviewSteps", count));
            steps.setValue(current(set, type).reviewSteps());
            steps.setAriaLabel(getTranslation("draftRoutes.reviewSteps.label", getTranslation(type.messageKey())));
            steps.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    change(chosen, type, new DraftRoute(change.getValue(), current(set, type).leaderSigns()), set);
                }
            });
            return steps;
        }).setHeader(getTranslation("draftRoutes.column.review"));
        grid.addComponentColumn(type -> {
            Checkbox skip = new Checkbox(getTranslation("draftRoutes.secretariatSigns"));
            skip.setValue(!current(set, type).leaderSigns());
            skip.setEnabled(type == DocumentType.CONG_VAN);
            skip.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    change(chosen, type, new DraftRoute(current(set, type).reviewSteps(), !change.getValue()), set);
                }
            });
            return skip;
        }).setHeader(getTranslation("draftRoutes.column.signer"));
        grid.setItems(DocumentType.values());
    }

    private void change(IssuingBodyView chosen, DocumentType type, DraftRoute route, Map<DocumentType, DraftRoute> set) {
        if (Actions.run(() -> routes.set(chosen.id(), type, route), "draftRoutes.saved", getTranslation(type.messageKey()))) {
            set.put(type, route);
        }
        show();
    }

    private static DraftRoute current(Map<DocumentType, DraftRoute> set, DocumentType type) {
        return set.getOrDefault(type, DraftRoute.STANDARD);
    }

    @Override
    public String getPageTitle() {
        return Messages.text("nav.draftRoutes");
    }
}
