package vn.boardflow.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Organisation.UnitHistoryEntry;
import vn.boardflow.org.UnitAdministration;
import vn.boardflow.org.UnitAdministration.CloseUnit;
import vn.boardflow.org.UnitAdministration.CreateUnit;
import vn.boardflow.org.UnitAdministration.MergeUnit;
import vn.boardflow.org.UnitAdministration.MoveUnit;
import vn.boardflow.org.UnitAdministration.RenameUnit;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/** The dialogs that change the unit tree; each change asks for the date it takes effect. */
class UnitDialogs {

    private final UnitAdministration administration;
    private final Organisation organisation;
    private final LocalDate today;
    private final Runnable afterChange;

    UnitDialogs(UnitAdministration administration, Organisation organisation, LocalDate today, Runnable afterChange) {
        this.administration = administration;
        this.organisation = organisation;
        this.today = today;
        this.afterChange = afterChange;
    }

    FormDialog create(OrgUnit parent) {
        OrgChart chart = organisation.today();
        UnitPicker parentPicker = new UnitPicker(Messages.text("unit.field.parent"), chart);
        parentPicker.select(parent == null ? null : parent.id());
        Select<UnitType> type = new Select<>();
        type.setLabel(Messages.text("unit.field.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> Messages.text(t.messageKey()));
        type.setValue(UnitType.BOARD);
        TextField name = required(new TextField(Messages.text("unit.field.name")));
        TextField shortName = new TextField(Messages.text("unit.field.shortName"));
        TextField abbreviation = abbreviationField();
        DatePicker from = effectiveDate();
        // the parent must be open when the unit opens; a top-level unit is its creator's to administer
        Runnable followParent = () -> {
            OrgUnit chosen = parentPicker.getValue();
            parentPicker.setHelperText(Messages.text(chosen == null ? "unit.field.parent.topLevel"
                    : "unit.field.parent.helper"));
            from.setMin(chosen == null ? null : chosen.openedOn());
            from.getI18n().setMinErrorMessage(chosen == null ? null
                    : Messages.text("unit.error.beforeParent", VietnameseDates.format(chosen.openedOn())));
            from.setI18n(from.getI18n());
        };
        parentPicker.addValueChangeListener(change -> followParent.run());
        followParent.run();
        FormDialog dialog = new FormDialog(Messages.text("unit.create.title"), Messages.text("action.create"),
                () -> Actions.runAndThen(() -> administration.create(new CreateUnit(
                        parentPicker.getValue() == null ? null : parentPicker.getValue().id(), type.getValue(),
                        name.getValue(), shortName.getValue(), abbreviation.getValue(), from.getValue())),
                        "unit.created", afterChange));
        dialog.wide(parentPicker).fields(type, from).wide(name).fields(shortName, abbreviation);
        name.focus();
        return dialog;
    }

    FormDialog rename(OrgUnit unit) {
        TextField name = required(new TextField(Messages.text("unit.field.name")));
        name.setValue(unit.name());
        TextField shortName = new TextField(Messages.text("unit.field.shortName"));
        shortName.setValue(unit.shortName());
        TextField abbreviation = abbreviationField();
        abbreviation.setValue(unit.abbreviation() == null ? "" : unit.abbreviation());
        DatePicker from = effectiveDate();
        FormDialog dialog = new FormDialog(Messages.text("unit.rename.title", unit.name()),
                Messages.text("action.save"),
                () -> Actions.runAndThen(() -> administration.rename(new RenameUnit(unit.id(), name.getValue(),
                        shortName.getValue(), abbreviation.getValue(), from.getValue())), "unit.renamed", afterChange));
        dialog.wide(name).fields(shortName, abbreviation, from);
        return dialog;
    }

    FormDialog move(OrgUnit unit) {
        OrgChart chart = organisation.today();
        UnitPicker parent = new UnitPicker(Messages.text("unit.field.newParent"), chart, chart.subtree(unit.id()));
        parent.setHelperText(Messages.text("unit.field.parent.helper"));
        DatePicker from = effectiveDate();
        FormDialog dialog = new FormDialog(Messages.text("unit.move.title", unit.name()), Messages.text("unit.move"),
                () -> Actions.runAndThen(() -> administration.move(new MoveUnit(unit.id(),
                        parent.getValue() == null ? null : parent.getValue().id(), from.getValue())), "unit.moved", afterChange));
        dialog.wide(parent).fields(from);
        return dialog;
    }

    FormDialog merge(OrgUnit unit) {
        OrgChart chart = organisation.today();
        UnitPicker target = new UnitPicker(Messages.text("unit.field.mergeInto"), chart, chart.subtree(unit.id()));
        target.setRequiredIndicatorVisible(true);
        DatePicker from = effectiveDate();
        FormDialog dialog = new FormDialog(Messages.text("unit.merge.title", unit.name()), Messages.text("unit.merge"),
                () -> target.getValue() == null ? missing(target) : Actions.runAndThen(() -> administration.merge(
                        new MergeUnit(unit.id(), target.getValue().id(), from.getValue())), "unit.merged", afterChange));
        dialog.wide(new Paragraph(Messages.text("unit.merge.warning"))).wide(target).fields(from);
        dialog.makeDangerous();
        return dialog;
    }

    FormDialog close(OrgUnit unit) {
        DatePicker from = effectiveDate();
        from.setLabel(Messages.text("unit.field.closedOn"));
        FormDialog dialog = new FormDialog(Messages.text("unit.close.title", unit.name()), Messages.text("unit.close"),
                () -> Actions.runAndThen(() -> administration.close(new CloseUnit(unit.id(), from.getValue())), "unit.closed", afterChange));
        dialog.wide(new Paragraph(Messages.text("unit.close.warning"))).fields(from);
        dialog.makeDangerous();
        return dialog;
    }

    Dialog history(OrgUnit unit) {
        Grid<UnitHistoryEntry> grid = new Grid<>();
        grid.addColumn(entry -> VietnameseDates.format(entry.validFrom())).setHeader(Messages.text("unit.history.from"))
                .setAutoWidth(true);
        grid.addColumn(entry -> VietnameseDates.format(entry.validTo())).setHeader(Messages.text("unit.history.to"))
                .setAutoWidth(true);
        grid.addColumn(UnitHistoryEntry::name).setHeader(Messages.text("unit.field.name")).setFlexGrow(2);
        grid.addColumn(UnitHistoryEntry::abbreviation).setHeader(Messages.text("unit.field.abbreviation"));
        grid.addColumn(UnitHistoryEntry::parentName).setHeader(Messages.text("unit.field.parent"));
        grid.addColumn(entry -> Messages.text(entry.changeReason().messageKey()))
                .setHeader(Messages.text("unit.history.change"));
        grid.setItems(organisation.history(unit.id()));
        grid.setAllRowsVisible(true);
        Dialog dialog = new Dialog(grid);
        dialog.setHeaderTitle(Messages.text("unit.history.title", unit.name()));
        dialog.setWidth("min(60rem, 100vw)");
        dialog.getFooter().add(new Button(Messages.text("action.close"), click -> dialog.close()));
        return dialog;
    }


    private static boolean missing(UnitPicker picker) {
        picker.setInvalid(true);
        picker.setErrorMessage(Messages.text("validation.required"));
        return false;
    }

    private DatePicker effectiveDate() {
        DatePicker from = DatePickers.create(Messages.text("unit.field.effectiveFrom"));
        from.setValue(today);
        from.setRequiredIndicatorVisible(true);
        from.setHelperText(Messages.text("unit.field.effectiveFrom.helper"));
        return from;
    }

    private static TextField abbreviationField() {
        TextField abbreviation = new TextField(Messages.text("unit.field.abbreviation"));
        abbreviation.setHelperText(Messages.text("unit.field.abbreviation.helper"));
        abbreviation.setMaxLength(40);
        return abbreviation;
    }

    private static TextField required(TextField field) {
        field.setRequired(true);
        field.setMaxLength(300);
        return field;
    }
}
