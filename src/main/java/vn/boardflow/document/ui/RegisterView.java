package vn.boardflow.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.boardflow.document.DocumentSymbol;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.NumberingRegister.RegisterFilter;
import vn.boardflow.document.EntryOrigin;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.document.RegisterExports;
import vn.boardflow.document.RegisterExports.ExportedFile;
import vn.boardflow.document.RegisterStarts;
import vn.boardflow.document.RegisterStarts.RegisterStartView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Sổ đăng ký văn bản đi: the ten columns of the bound register, a year of one body at a time, searched
 * without accents. Clerks enter documents signed on paper and void numbers given by mistake; a clerk or
 * administrator moving a register here mid-year sets the number it goes on from, and the register says so.
 */
@Route("documents/register")
@RolesAllowed({"CLERK", "DRAFTER", "REVIEWER", "LEADER", "ADMIN"})
@Menu(title = "nav.register", order = 32, icon = "vaadin:book")
class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN_RECIPIENTS = 3;

    private final NumberingRegister register;
    private final RegisterStarts starts;
    private final AccessPolicy access;
    private final LocalDate today;
    private final Select<IssuingBodyView> body = new Select<>();
    private final FilterFields filters;
    private final Grid<RegisterEntryView> grid = new Grid<>();
    private final Button enter = new Button();
    private final Button voidNumber = new Button();
    private final Button startAt = new Button();
    private final Div migrationNotes = new Div();
    private final RegisterExports exports;
    private final Anchor word = new Anchor();
    private final Anchor spreadsheet = new Anchor();

    RegisterView(NumberingRegister register, RegisterStarts starts, RegisterExports exports, IssuingBodies bodies,
                 AccessPolicy access, Clock clock) {
        this.register = register;
        this.starts = starts;
        this.exports = exports;
        this.access = access;
        this.today = LocalDate.now(clock);
        setSizeFull();

        List<IssuingBodyView> readable = bodies.all().stream().filter(b -> access.canActIn(b.unitId())).toList();
        body.setLabel(getTranslation("register.filter.body"));
        body.addClassName("body-picker");
        body.setItems(readable);
        body.setItemLabelGenerator(IssuingBodyView::fullLabel);
        body.setEmptySelectionAllowed(false);
        readable.stream().findFirst().ifPresent(body::setValue);
        filters = new FilterFields(today.getYear(), this::refresh);
        body.addValueChangeListener(change -> refresh());

        enter.setText(getTranslation("register.enter"));
        enter.addThemeVariants(ButtonVariant.PRIMARY);
        enter.addClickListener(click -> new RegisterEntryDialog(register, body.getValue(), today, this::refresh).open());
        voidNumber.setText(getTranslation("register.void"));
        voidNumber.addThemeVariants(ButtonVariant.ERROR);
        voidNumber.addClickListener(click -> voidDialog(grid.asSingleSelect().getValue()).open());

        startAt.setText(getTranslation("register.start"));
        startAt.addClickListener(click -> new RegisterStartDialog(starts, body.getValue(),
                filters.year.getValue() == null ? today.getYear() : filters.year.getValue(), this::refresh).open());
        migrationNotes.addClassName("callout");

        word.setText(getTranslation("register.export.word"));
        spreadsheet.setText(getTranslation("register.export.excel"));
        FlexLayout toolbar = new FlexLayout(body, filters.year, filters.type, filters.search, enter, voidNumber, startAt,
                word, spreadsheet);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(toolbar, migrationNotes, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::symbolCell).setHeader(getTranslation("register.column.symbol")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> VietnameseDates.format(entry.issuedOn())).setHeader(getTranslation("register.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> StackedCell.of(typeName(entry), entry.summary()))
                .setHeader(getTranslation("register.column.summary")).setFlexGrow(3);
        grid.addColumn(RegisterEntryView::signer).setHeader(getTranslation("register.column.signer"));
        grid.addColumn(this::recipients).setHeader(getTranslation("register.column.recipients")).setFlexGrow(2)
                .setTooltipGenerator(entry -> String.join("\n", entry.recipients()));
        grid.addColumn(RegisterEntryView::keptBy).setHeader(getTranslation("register.column.keptBy"));
        grid.addColumn(RegisterEntryView::copies).setHeader(getTranslation("register.column.copies")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> VietnameseDates.format(entry.dispatchedOn()))
                .setHeader(getTranslation("register.column.dispatchedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> "").setHeader(getTranslation("register.column.receipt")).setAutoWidth(true);
        grid.addColumn(this::note).setHeader(getTranslation("register.column.note"));
        grid.setEmptyStateText(getTranslation("register.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> updateButtons());
    }

    private Component symbolCell(RegisterEntryView entry) {
        return entry.voided() ? StackedCell.of(entry.symbol(), null, Badges.of(getTranslation("register.voided"),
                Badges.Tone.CONTRAST)) : new Span(entry.symbol());
    }

    private String typeName(RegisterEntryView entry) {
        return entry.type().isCongVan() ? getTranslation(entry.type().messageKey()) : entry.type().title();
    }

    /** A list to fourteen wards would make a row a page long: its first lines, and how many more the tooltip holds. */
    private String recipients(RegisterEntryView entry) {
        List<String> lines = entry.recipients();
        if (lines.size() <= SHOWN_RECIPIENTS) {
            return String.join("; ", lines);
        }
        return String.join("; ", lines.subList(0, SHOWN_RECIPIENTS)) + "; "
                + getTranslation("register.moreRecipients", lines.size() - SHOWN_RECIPIENTS);
    }

    /** A voided number says why; a document drafted outside BoardFlow, or only numbered, says so before any note. */
    private String note(RegisterEntryView entry) {
        if (entry.voided()) {
            return getTranslation("register.voidedBecause", entry.voidReason());
        }
        String note = entry.note() == null ? "" : entry.note();
        if (entry.origin() == EntryOrigin.GENERATED) {
            return note;
        }
        return getTranslation(entry.origin().messageKey()) + (note.isBlank() ? "" : "; " + note);
    }

    private FormDialog voidDialog(RegisterEntryView entry) {
        TextField reason = new TextField(getTranslation("register.void.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500);
        FormDialog dialog = new FormDialog(getTranslation("register.void.title", entry.symbol()),
                getTranslation("register.void"),
                () -> Actions.runAndThen(() -> register.voidNumber(entry.id(), reason.getValue()), "register.voidDone",
                        this::refresh));
        dialog.wide(new Span(getTranslation("register.void.explanation"))).wide(reason);
        dialog.makeDangerous();
        return dialog;
    }

    private void refresh() {
        IssuingBodyView selected = body.getValue();
        word.setVisible(selected != null && filters.year.getValue() != null);
        spreadsheet.setVisible(selected != null && filters.year.getValue() != null);
        if (selected == null) {
            grid.setItems(List.of());
        } else {
            if (filters.year.getValue() != null) {
                int chosenYear = filters.year.getValue();
                word.setHref(download(() -> exports.word(selected.id(), chosenYear)));
                spreadsheet.setHref(download(() -> exports.spreadsheet(selected.id(), chosenYear)));
            }
            showMigrationNotes(selected);
            RegisterFilter filter = new RegisterFilter(selected.id(), filters.year.getValue(), filters.type.getValue(), filters.search.getValue());
            grid.setItems(query -> register.entries(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> register.count(filter));
        }
        updateButtons();
    }

    /** Where the part kept in BoardFlow begins, when the year's register started on paper. */
    private void showMigrationNotes(IssuingBodyView selected) {
        migrationNotes.removeAll();
        List<RegisterStartView> started = filters.year.getValue() == null ? List.of()
                : starts.of(selected.id(), filters.year.getValue());
        started.forEach(start -> migrationNotes.add(new Div(getTranslation("register.start.note",
                start.type() == null ? "" : getTranslation(start.type().messageKey()) + ": ",
                DocumentSymbol.padded(start.firstNumber()), start.paperNumbers(), start.reason(),
                VietnameseDates.format(start.setAt()), start.setBy()))));
        migrationNotes.setVisible(!started.isEmpty());
    }

    private static DownloadHandler download(Supplier<ExportedFile> export) {
        return Downloads.handler(() -> {
            ExportedFile file = export.get();
            return new Downloads.File(file.fileName(), file.contentType(), file.bytes());
        });
    }

    /** Only the body's clerks enter documents and void numbers; the server checks it again. */
    private void updateButtons() {
        boolean clerk = body.getValue() != null && access.can(Role.CLERK, body.getValue().unitId());
        enter.setVisible(clerk);
        voidNumber.setVisible(clerk);
        startAt.setVisible(body.getValue() != null && (clerk || access.canAdminister(body.getValue().unitId())));
        RegisterEntryView entry = grid.asSingleSelect().getValue();
        voidNumber.setEnabled(entry != null && !entry.voided());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.register");
    }
}
