package vn.boardflow.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.StackedCell;

/**
 * The bodies that issue documents in their own name, and how they write them: heading lines, symbol
 * abbreviation, place, format, numbering and signing forms. Administrators keep them for their units.
 */
@Route("admin/issuing-bodies")
@RolesAllowed("ADMIN")
@Menu(title = "nav.issuingBodies", order = 24, icon = "vaadin:institution")
class IssuingBodiesView extends VerticalLayout implements HasDynamicTitle {

    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final Grid<IssuingBodyView> grid = new Grid<>();
    private final TextField search = new TextField();

    IssuingBodiesView(IssuingBodies bodies, Organisation organisation, AccessPolicy access) {
        this.bodies = bodies;
        this.organisation = organisation;
        this.access = access;
        setSizeFull();
        Button create = new Button(getTranslation("issuingBody.create"), click -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        search.setPlaceholder(getTranslation("issuingBody.search"));
        search.setAriaLabel(getTranslation("issuingBody.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        FlexLayout toolbar = new FlexLayout(search, create);
        toolbar.addClassName("toolbar");

        grid.addComponentColumn(body -> StackedCell.of(body.nameOnOneLine(), body.parentLine()))
                .setHeader(getTranslation("issuingBody.column.name")).setFlexGrow(3);
        grid.addColumn(IssuingBodyView::abbreviation).setHeader(getTranslation("issuingBody.field.abbreviation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(body -> StackedCell.of(getTranslation(body.profile().messageKey()),
                        getTranslation(body.scheme().messageKey())))
                .setHeader(getTranslation("issuingBody.column.format")).setFlexGrow(2);
        grid.addColumn(body -> String.join("; ", body.signingAuthorities().stream()
                        .map(SigningAuthority::authorityLine).toList()))
                .setHeader(getTranslation("issuingBody.signatures")).setFlexGrow(2);
        grid.addComponentColumn(body -> {
            Button edit = new Button(getTranslation("action.edit"), click -> open(body));
            edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            edit.setEnabled(access.canAdminister(body.unitId()));
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("issuingBody.empty"));
        grid.addItemDoubleClickListener(click -> open(click.getItem()));

        add(new Paragraph(getTranslation("issuingBody.explanation")), toolbar, grid);
        refresh();
    }

    private void open(IssuingBodyView existing) {
        if (existing != null && !access.canAdminister(existing.unitId())) {
            return;
        }
        OrgChart chart = organisation.today();
        List<OrgUnit> administered = chart.inTreeOrder().stream()
                .filter(unit -> access.canAdminister(unit.id())).toList();
        new IssuingBodyDialog(bodies, administered, existing, this::refresh).open();
    }

    /** Accents aside, the search finds a body by its name, its parent body or its abbreviation. */
    private void refresh() {
        grid.setItems(bodies.all().stream().filter(body -> TextFolding.matches(
                body.name() + " " + body.parentLine() + " " + body.abbreviation(), search.getValue())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.issuingBodies");
    }
}
