package vn.boardflow.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.report.FormField;
import vn.boardflow.report.UnitReports.Figure;
import vn.boardflow.report.UnitReports.ReportEntry;
import vn.boardflow.report.UnitReports.UnitReportView;

/**
 * A report's figures and sections as the officer fills them on a phone: each figure with the unit's annual target,
 * the year's cumulative and the percent reached beside it (worked out by the server at each save), each section a
 * text area; every change is saved a moment later.
 */
class FiguresEditor extends Composite<VerticalLayout> {

    private final Map<String, IntegerField> figures = new LinkedHashMap<>();
    private final Map<String, TextArea> sections = new LinkedHashMap<>();

    FiguresEditor(UnitReportView report, Runnable onChange) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("report-figures");
        for (Figure figure : report.figures()) {
            FormField field = figure.field();
            IntegerField value = new IntegerField(field.unit().isEmpty() ? field.label()
                    : getTranslation("report.form.figureLabel", field.label(), field.unit()));
            value.setMin(0);
            value.setStepButtonsVisible(false);
            value.setWidthFull();
            value.setRequiredIndicatorVisible(true);
            value.setReadOnly(!report.editable());
            if (figure.value() != null) {
                value.setValue(Math.toIntExact(figure.value()));
            }
            value.setHelperText(note(figure));
            value.setValueChangeMode(ValueChangeMode.LAZY);
            value.addValueChangeListener(change -> onChange.run());
            figures.put(field.key(), value);
            layout.add(value);
        }
        for (FormField section : report.sections()) {
            TextArea text = new TextArea(section.label());
            text.setWidthFull();
            text.setMaxLength(4000);
            text.setRequiredIndicatorVisible(section.required());
            text.setReadOnly(!report.editable());
            text.setValue(report.entry().texts().getOrDefault(section.key(), ""));
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(change -> onChange.run());
            sections.put(section.key(), text);
            layout.add(text);
        }
    }

    /** What is on screen; a figure below zero is left out, and marked. */
    ReportEntry entered() {
        Map<String, Long> entered = new HashMap<>();
        figures.forEach((key, field) -> {
            Integer value = field.getValue();
            boolean negative = value != null && value < 0;
            field.setInvalid(negative);
            field.setErrorMessage(negative ? getTranslation("report.error.negative") : null);
            if (value != null && !negative) {
                entered.put(key, value.longValue());
            }
        });
        Map<String, String> texts = new HashMap<>();
        sections.forEach((key, area) -> texts.put(key, area.getValue()));
        return new ReportEntry(entered, texts);
    }

    /** The targets, cumulatives and percents as the server worked them out at the last save. */
    void show(List<Figure> worked) {
        worked.forEach(figure -> {
            IntegerField field = figures.get(figure.field().key());
            if (field != null) {
                field.setHelperText(note(figure));
            }
        });
    }

    private String note(Figure figure) {
        if (figure.target() == null) {
            return getTranslation("report.form.cumulative", figure.cumulative());
        }
        return getTranslation("report.form.againstTarget", figure.target(), figure.cumulative(),
                figure.percent() == null ? "–" : figure.percent());
    }
}
