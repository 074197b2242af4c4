package vn.boardflow.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.FormField;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms.FormDefinition;
import vn.boardflow.report.ReportForms.FormUnits;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/**
 * A new report form of a body, starting from what such a form asks by custom (its wards report the targets its
 * plan allocates, and the sections of a Union monthly report): the secretariat names it, sets when it is due,
 * chooses the targets and how each adds up, and adds figures that are not targets, one per line.
 */
final class NewFormDialog {

    private NewFormDialog() {
    }

    static void open(ReportForms forms, List<IssuingBodyView> bodies, Consumer<ReportFormId> created) {
        Select<IssuingBodyView> body = new Select<>();
        body.setLabel(Messages.text("report.form.body"));
        body.setItems(bodies);
        body.setItemLabelGenerator(IssuingBodyView::fullLabel);
        TextField name = new TextField(Messages.text("report.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(300);
        Select<PeriodType> periodType = new Select<>();
        periodType.setLabel(Messages.text("report.form.periodType"));
        periodType.setItems(PeriodType.values());
        periodType.setItemLabelGenerator(type -> Messages.text(type.messageKey()));
        IntegerField dueDay = number("report.form.dueDay", 1, 31);
        Checkbox nextMonth = new Checkbox(Messages.text("report.form.dueInNextMonth"));
        IntegerField grace = number("report.form.graceDays", 0, 60);
        IntegerField lock = number("report.form.lockDays", 0, 366);
        VerticalLayout targets = new VerticalLayout();
        targets.setPadding(false);
        targets.setSpacing(false);
        Map<FormField, Checkbox> chosen = new LinkedHashMap<>();
        Map<FormField, Select<Tally>> tallies = new LinkedHashMap<>();
        List<FormField> sections = new ArrayList<>();
        MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>(Messages.text("report.form.units"));
        units.setItemLabelGenerator(OrgUnit::name);
        units.setHelperText(Messages.text("report.form.units.help"));
        units.setRequiredIndicatorVisible(true);
        ComboBox<OrgUnit> accepting = new ComboBox<>(Messages.text("report.form.accepting"));
        accepting.setItemLabelGenerator(OrgUnit::name);
        accepting.setRequiredIndicatorVisible(true);
        TextArea figures = new TextArea(Messages.text("report.form.figures"));
        figures.setHelperText(Messages.text("report.form.figures.help"));
        Runnable propose = () -> {
            FormDefinition proposal = forms.proposal(body.getValue().id());
            name.setValue(proposal.name());
            FormUnits choices = forms.unitsOf(body.getValue().id());
            units.setItems((unit, filter) -> TextFolding.matches(unit.name() + " " + unit.shortName(), filter),
                    choices.reporting());
            units.setValue(choices.reporting().stream().filter(unit -> proposal.reportingUnits().contains(unit.id()))
                    .toList());
            accepting.setItems(choices.accepting());
            choices.accepting().stream().filter(unit -> unit.id().equals(proposal.acceptingUnit())).findFirst()
                    .ifPresent(accepting::setValue);
            ReportSchedule schedule = proposal.schedule();
            periodType.setValue(schedule.periodType());
            dueDay.setValue(schedule.dueDay());
            nextMonth.setValue(schedule.dueInNextMonth());
            grace.setValue(schedule.graceDays());
            lock.setValue(schedule.lockDays());
            targets.removeAll();
            chosen.clear();
            tallies.clear();
            sections.clear();
            targets.add(new Div(Messages.text("report.form.targets")));
            for (FormField field : proposal.fields()) {
                if (field.kind() != FormField.Kind.TARGET) {
                    sections.add(field);
                    continue;
                }
                Checkbox use = new Checkbox(field.label(), true);
                Select<Tally> tally = new Select<>();
                tally.setItems(Tally.values());
                tally.setItemLabelGenerator(each -> Messages.text("report.tally." + each.name()));
                tally.setValue(field.tally());
                tally.setWidth("11rem");
                chosen.put(field, use);
                tallies.put(field, tally);
                HorizontalLayout row = new HorizontalLayout(use, tally);
                row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
                targets.add(row);
            }
        };
        body.addValueChangeListener(change -> Actions.run(propose));
        body.setValue(bodies.getFirst());
        new FormDialog(Messages.text("report.form.create"), Messages.text("report.form.create.confirm"),
                () -> Actions.call(() -> forms.create(body.getValue().id(), new FormDefinition(name.getValue(),
                        new ReportSchedule(periodType.getValue(), value(dueDay), nextMonth.getValue(), value(grace),
                                value(lock)),
                        units.getValue().stream().map(OrgUnit::id).toList(),
                        accepting.getValue() == null ? null : accepting.getValue().id(),
                        fields(chosen, tallies, figures.getValue(), sections)))).map(id -> {
                    created.accept(id);
                    return true;
                }).orElse(false))
                .wide(body).wide(name).fields(periodType, dueDay, grace, lock).wide(nextMonth).wide(units).wide(accepting)
                .wide(targets)
                .wide(figures).open();
    }

    private static List<FormField> fields(Map<FormField, Checkbox> chosen, Map<FormField, Select<Tally>> tallies,
                                          String figureLines, List<FormField> sections) {
        List<FormField> fields = new ArrayList<>();
        chosen.forEach((field, use) -> {
            if (use.getValue()) {
                fields.add(FormField.target(field.indicatorId(), field.label(), field.unit(),
                        tallies.get(field).getValue()));
            }
        });
        int number = 0;
        for (String line : figureLines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            number++;
            fields.add(FormField.figure("so-lieu-" + number, parts[0].strip(), parts.length > 1 ? parts[1].strip() : "",
                    Tally.SUM));
        }
        fields.addAll(sections);
        return fields;
    }

    private static IntegerField number(String labelKey, int min, int max) {
        IntegerField field = new IntegerField(Messages.text(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** A number left empty is out of every range, so the schedule refuses it with its message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
