package vn.boardflow.document.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuedDocuments.IncomingDocumentView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.ResponsiveGrid;
import vn.boardflow.shared.ui.StackedCell;

/** Văn bản đến: documents sent to the user's units, unread ones marked, newest first. */
@Route("documents/incoming")
@PermitAll
@Menu(title = "nav.incoming", order = 31, icon = "vaadin:inbox")
class IncomingDocumentsView extends VerticalLayout implements HasDynamicTitle {

    IncomingDocumentsView(IssuedDocuments documents) {
        setSizeFull();
        Checkbox unreadOnly = new Checkbox(getTranslation("incoming.unreadOnly"));
        Grid<IncomingDocumentView> grid = new Grid<>();
        grid.setSizeFull();
        Grid.Column<IncomingDocumentView> compact = grid.addComponentColumn(entry -> StackedCell.of(entry.summary(),
                        entry.symbol() + " · " + VietnameseDates.format(entry.issuedOn()) + " · " + entry.issuingBody(),
                        status(entry)))
                .setHeader(getTranslation("incoming.column.document"));
        List<Grid.Column<IncomingDocumentView>> detailed = List.of(
                grid.addColumn(IncomingDocumentView::symbol).setHeader(getTranslation("register.column.symbol"))
                        .setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(entry -> VietnameseDates.format(entry.issuedOn()))
                        .setHeader(getTranslation("register.column.date")).setAutoWidth(true).setFlexGrow(0),
                grid.addComponentColumn(entry -> StackedCell.of(entry.summary(), entry.issuingBody()))
                        .setHeader(getTranslation("incoming.column.document")).setFlexGrow(3),
                grid.addColumn(IncomingDocumentView::unitName).setHeader(getTranslation("incoming.column.unit"))
                        .setFlexGrow(2),
                grid.addComponentColumn(this::status).setHeader(getTranslation("incoming.column.status"))
                        .setAutoWidth(true));
        ResponsiveGrid.bind(grid, compact, detailed);
        grid.setPartNameGenerator(entry -> entry.readAt() == null ? "unread" : null);
        grid.setEmptyStateText(getTranslation("incoming.empty"));
        grid.setItems(query -> documents.incoming(unreadOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> documents.countIncoming(unreadOnly.getValue()));
        grid.addItemClickListener(click ->
                getUI().ifPresent(ui -> ui.navigate(DocumentView.class, click.getItem().documentId())));
        unreadOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(unreadOnly, grid);
    }

    private Span status(IncomingDocumentView entry) {
        return entry.readAt() == null
                ? Badges.of(getTranslation("incoming.unread"), Badges.Tone.ERROR)
                : Badges.of(getTranslation("incoming.readAt", VietnameseDates.format(entry.readAt())), Badges.Tone.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incoming");
    }
}
