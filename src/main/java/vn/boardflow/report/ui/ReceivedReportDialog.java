package vn.boardflow.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReceivedReports;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.UnitReports.ReportEntry;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;

/**
 * The secretariat records a unit's report of a period that is over, received on paper or by e-mail: the unit, the
 * day it came (which says whether it was on time), its figures and sections as written.
 */
final class ReceivedReportDialog {

    private ReceivedReportDialog() {
    }

    static void open(ReceivedReports received, ReportFormId formId, ReportPeriod period, List<FormField> fields,
                     List<UnitName> units, Clock clock, Runnable recorded) {
        ComboBox<UnitName> unit = new ComboBox<>(Messages.text("report.received.unit"), units);
        unit.setItemLabelGenerator(UnitName::name);
        unit.setRequiredIndicatorVisible(true);
        if (units.size() == 1) {
            unit.setValue(units.getFirst());
        }
        DatePicker receivedOn = DatePickers.create(Messages.text("report.received.on"));
        receivedOn.setMin(period.start());
        receivedOn.setMax(LocalDate.now(clock));
        receivedOn.setRequiredIndicatorVisible(true);
        Map<String, IntegerField> figures = new LinkedHashMap<>();
        Map<String, TextArea> texts = new LinkedHashMap<>();
        List<Component> components = new ArrayList<>(List.of(unit, receivedOn));
        for (FormField field : fields) {
            if (field.numeric()) {
                IntegerField figure = new IntegerField(field.unit().isEmpty() ? field.label()
                        : field.label() + " (" + field.unit() + ")");
                figure.setMin(0);
                figure.setRequiredIndicatorVisible(true);
                figures.put(field.key(), figure);
                components.add(figure);
            } else {
                TextArea text = new TextArea(field.label());
                text.setRequiredIndicatorVisible(field.required());
                texts.put(field.key(), text);
                components.add(text);
            }
        }
        new FormDialog(Messages.text("report.received.title", period.label()), Messages.text("report.received.confirm"),
                () -> Actions.call(() -> {
                    if (unit.getValue() == null) {
                        throw new RuleViolation("report.received.unitRequired");
                    }
                    Map<String, Long> values = new HashMap<>();
                    figures.forEach((key, field) -> {
                        if (field.getValue() != null) {
                            values.put(key, field.getValue().longValue());
                        }
                    });
                    Map<String, String> written = new HashMap<>();
                    texts.forEach((key, field) -> written.put(key, field.getValue()));
                    received.record(formId, period, unit.getValue().unitId(), new ReportEntry(values, written),
                            receivedOn.getValue());
                    Notifications.success(Messages.text("report.received.done", unit.getValue().name()));
                    return true;
                }).map(done -> {
                    recorded.run();
                    return true;
                }).orElse(false))
                .fields(components.toArray(Component[]::new)).open();
    }
}
