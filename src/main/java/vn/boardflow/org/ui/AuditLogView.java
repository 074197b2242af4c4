package vn.boardflow.org.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditEntryView;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.StackedCell;

/** The audit log, newest first, filtered by period, person, action and entity; each row opens its before and after. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(title = "nav.audit", order = 22, icon = "vaadin:records")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ENTITY_TYPES = List.of("Unit", "User", "Membership", "Substitution", "ProcessInstance",
            "Task", "Organisation", "IssuingBody", "RegisterEntry", "RegisterStart", "IssuedDocument", "DocumentTemplate");
    static final List<String> ACTION_GROUPS = List.of("unit.", "user.", "membership.", "substitution.", "case.",
            "task.", "issuingBody.", "register.", "document.", "template.");

    private final AuditLog auditLog;
    private final Grid<AuditEntryView> grid = new Grid<>();
    private final DatePicker from;
    private final DatePicker to;
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField entityId = new TextField();

    AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        setSizeFull();

        from = DatePickers.create(getTranslation("audit.filter.from"));
        to = DatePickers.create(getTranslation("audit.filter.to"));
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(ACTION_GROUPS);
        action.setItemLabelGenerator(group -> getTranslation("audit.group." + group.substring(0, group.length() - 1)));
        entityType.setLabel(getTranslation("audit.filter.entityType"));
        entityType.setItems(ENTITY_TYPES);
        entityType.setItemLabelGenerator(type -> getTranslation("audit.entity." + type));
        entityId.setLabel(getTranslation("audit.filter.entityId"));
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(from, to).forEach(field -> field.addValueChangeListener(change -> grid.getDataProvider().refreshAll()));
        List.of(actor, entityId).forEach(field -> field.addValueChangeListener(change -> grid.getDataProvider().refreshAll()));
        List.of(action, entityType).forEach(field -> {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        });
        Button clear = new Button(getTranslation("audit.filter.clear"), click -> {
            from.clear();
            to.clear();
            actor.clear();
            action.clear();
            entityType.clear();
            entityId.clear();
        });
        FlexLayout filters = new FlexLayout(from, to, actor, action, entityType, entityId, clear);
        filters.addClassName("toolbar");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(filters, grid);
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addColumn(entry -> VietnameseDates.format(entry.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::who).setHeader(getTranslation("audit.column.actor")).setFlexGrow(2);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action()))
                .setHeader(getTranslation("audit.column.action")).setFlexGrow(2);
        grid.addColumn(entry -> getTranslation("audit.entity." + entry.entityType()) + " #" + entry.entityId())
                .setHeader(getTranslation("audit.column.entity")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> auditLog.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> auditLog.count(filter()));
    }

    private Component who(AuditEntryView entry) {
        return StackedCell.of(entry.actorName() == null ? entry.actor() : entry.actorName() + " (" + entry.actor() + ")",
                entry.actingFor() == null ? null : getTranslation("audit.actingFor", entry.actingFor()));
    }

    private Component details(AuditEntryView entry) {
        Div before = new Div(new Span(getTranslation("audit.before")),
                new Pre(entry.stateBefore() == null ? "—" : entry.stateBefore()));
        Div after = new Div(new Span(getTranslation("audit.after")),
                new Pre(entry.stateAfter() == null ? "—" : entry.stateAfter()));
        Div details = new Div(before, after);
        details.addClassName("audit-details");
        return details;
    }

    private AuditFilter filter() {
        Instant start = from.getValue() == null ? null : startOf(from.getValue());
        Instant end = to.getValue() == null ? null : startOf(to.getValue().plusDays(1));
        return new AuditFilter(start, end, actor.getValue(), action.getValue(), entityType.getValue(),
                entityId.getValue());
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(VietnameseDates.ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
