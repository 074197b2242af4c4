package vn.boardflow.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuedDocuments.DocumentFilter;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Văn bản đi: the documents the user's bodies issued, the latest issued first whatever their year (the year
 * is a filter), searched without accents; clerks issue new ones here.
 */
@Route("documents")
@RolesAllowed({"CLERK", "DRAFTER", "REVIEWER", "LEADER", "ADMIN"})
@Menu(title = "nav.outgoing", order = 30, icon = "vaadin:paperplane")
class IssuedDocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<IssuedDocumentView> grid = new Grid<>();
    private final FilterFields filters;

    IssuedDocumentsView(IssuedDocuments documents, IssueDialogs dialogs, IssuingBodies bodies, AccessPolicy access) {
        setSizeFull();
        filters = new FilterFields(null, () -> grid.getDataProvider().refreshAll());
        FlexLayout toolbar = new FlexLayout(filters.year, filters.type, filters.search);
        for (IssuingBodyView body : bodies.all()) {
            if (access.can(Role.CLERK, body.unitId())) {
                Button issue = new Button(getTranslation("issue.open", body.label()), click -> dialogs.issue(body));
                issue.addThemeVariants(ButtonVariant.PRIMARY);
                toolbar.add(issue);
            }
        }
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setSizeFull();
        grid.addColumn(IssuedDocumentView::symbol).setHeader(getTranslation("register.column.symbol")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(document -> VietnameseDates.format(document.issuedOn()))
                .setHeader(getTranslation("register.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(document -> StackedCell.of(getTranslation(document.type().messageKey()), document.summary()))
                .setHeader(getTranslation("register.column.summary")).setFlexGrow(3);
        grid.addColumn(IssuedDocumentView::signer).setHeader(getTranslation("register.column.signer"));
        grid.addColumn(document -> document.recipients().size()).setHeader(getTranslation("document.recipientCount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("document.empty"));
        grid.setItems(query -> documents.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> documents.count(filter()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DocumentView.class, click.getItem().id())));
        add(toolbar, grid);
    }

    private DocumentFilter filter() {
        return new DocumentFilter(null, filters.year.getValue(), filters.type.getValue(), filters.search.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outgoing");
    }
}
