package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DocumentDrafts.DraftSummary;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftQueues;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Dự thảo: the drafts of the user's bodies, the latest changed first, or those waiting for the user; filtered by
 * status and type and searched without accents. Drafters start new ones here.
 */
@Route("drafts")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "CLERK", "ACCOUNTANT"})
@Menu(title = "nav.drafts", order = 29, icon = "vaadin:edit")
class DraftsView extends VerticalLayout implements HasDynamicTitle {

    private static final String ALL = "all";
    private static final String WAITING = "waiting";

    private final List<DraftSummary> all;
    private final List<DraftSummary> waiting;
    private final Select<String> scope = new Select<>();
    private final Select<DraftStatus> statusFilter;
    private final Select<DocumentType> typeFilter;
    private final TextField search = new TextField();
    private final Grid<DraftSummary> grid = new Grid<>();

    DraftsView(DocumentDrafts documentDrafts, DraftQueues queues) {
        setSizeFull();
        all = documentDrafts.mine();
        waiting = queues.waitingForMe();
        scope.setLabel(getTranslation("draft.scope"));
        scope.setItems(ALL, WAITING);
        scope.setItemLabelGenerator(value -> getTranslation("draft.scope." + value, waiting.size()));
        scope.setValue(waiting.isEmpty() ? ALL : WAITING);
        scope.addValueChangeListener(change -> show());
        statusFilter = filter("draft.column.status", DraftStatus.values(), DraftStatus::messageKey);
        typeFilter = filter("draft.column.type", DocumentType.values(), DocumentType::messageKey);
        search.setLabel(getTranslation("draft.search"));
        search.setPlaceholder(getTranslation("draft.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show());
        FlexLayout toolbar = new FlexLayout(scope, statusFilter, typeFilter, search);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        List<IssuingBodyView> bodies = documentDrafts.bodiesForDrafting();
        if (!bodies.isEmpty()) {
            Button create = new Button(getTranslation("draft.create"), click -> newDraft(documentDrafts, bodies));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }
        grid.setSizeFull();
        grid.addColumn(draft -> getTranslation(draft.type().messageKey())).setHeader(getTranslation("draft.column.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(draft -> StackedCell.of(draft.summary(), draft.issuingBodyName()))
                .setHeader(getTranslation("draft.column.summary")).setFlexGrow(3);
        grid.addComponentColumn(draft -> DraftBadges.of(draft.status())).setHeader(getTranslation("draft.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(draft -> getTranslation("draft.revision", draft.revision()))
                .setHeader(getTranslation("draft.column.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DraftSummary::drafter).setHeader(getTranslation("draft.column.drafter")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(draft -> VietnameseDates.format(draft.updatedAt())).setHeader(getTranslation("draft.column.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("draft.empty"));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        add(toolbar, grid);
        show();
    }

    private void show() {
        String query = search.getValue();
        grid.setItems((WAITING.equals(scope.getValue()) ? waiting : all).stream()
                .filter(draft -> statusFilter.getValue() == null || draft.status() == statusFilter.getValue())
                .filter(draft -> typeFilter.getValue() == null || draft.type() == typeFilter.getValue())
                .filter(draft -> query == null || query.isBlank()
                        || TextFolding.matches(draft.summary() + " " + draft.issuingBodyName(), query))
                .toList());
    }

    /** A filter on one of the columns, any value at first. */
    private <T> Select<T> filter(String labelKey, T[] values, Function<T, String> messageKey) {
        Select<T> filter = new Select<>();
        filter.setLabel(getTranslation(labelKey));
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("draft.filter.any"));
        filter.setItems(values);
        filter.setItemLabelGenerator(value -> value == null ? getTranslation("draft.filter.any")
                : getTranslation(messageKey.apply(value)));
        filter.addValueChangeListener(change -> show());
        return filter;
    }

    private void newDraft(DocumentDrafts documentDrafts, List<IssuingBodyView> bodies) {
        Select<IssuingBodyView> body = new Select<>();
        body.setLabel(getTranslation("draft.field.issuingBody"));
        body.setItems(bodies);
        body.setItemLabelGenerator(IssuingBodyView::fullLabel);
        body.setValue(bodies.getFirst());
        Select<DocumentType> type = new Select<>();
        type.setLabel(getTranslation("draft.field.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        type.setValue(DocumentType.CONG_VAN);
        TextArea summary = new TextArea(getTranslation("draft.field.summary"));
        summary.setRequired(true);
        summary.setMaxLength(DraftContent.MAX_SUMMARY);
        summary.setHelperText(getTranslation("draft.field.summary.helper"));
        FormDialog dialog = new FormDialog(getTranslation("draft.create"), getTranslation("draft.create.confirm"),
                () -> Actions.call(() -> documentDrafts.create(body.getValue().id(),
                        DraftContent.start(type.getValue(), summary.getValue()))).map(id -> {
                            open(id);
                            return true;
                        }).orElse(false));
        dialog.fields(body, type).wide(summary);
        dialog.open();
        summary.focus();
    }

    private void open(DraftId id) {
        getUI().ifPresent(ui -> ui.navigate(DraftPage.class, id.value()));
    }

    @Override
    public String getPageTitle() {
        return Messages.text("nav.drafts");
    }
}
