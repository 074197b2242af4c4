package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.shared.ui.Badges;

/**
 * A checklist's criteria as a phone form: per criterion its text, guidance, whether evidence is required,
 * a score and a note, and what the caller adds below it (the evidence). Used by the team's checklist and by
 * the ward's self-assessment; the running total follows every change.
 */
class ScoreSheetEditor extends Composite<VerticalLayout> {

    private final Checklist checklist;
    private final Map<String, IntegerField> scores = new LinkedHashMap<>();
    private final Map<String, TextArea> notes = new LinkedHashMap<>();
    private final Span total = new Span();

    /**
     * @param hints    scores to show beside each field, e.g. what the ward gave itself; may be empty
     * @param below    what goes under a criterion's fields
     * @param onChange called a moment after each change, to save a draft
     */
    ScoreSheetEditor(Checklist checklist, Map<String, CriterionScore> entered, boolean editable,
                     Map<String, CriterionScore> hints, Function<Criterion, Component> below, Runnable onChange) {
        this.checklist = checklist;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        for (Group group : checklist.groups()) {
            layout.add(new H3(getTranslation("inspection.form.group", group.title(), group.maxScore())));
            group.criteria().forEach(criterion -> layout.add(criterion(criterion, entered.get(criterion.code()),
                    hints.get(criterion.code()), editable, below, onChange)));
        }
        total.addClassName("checklist-total");
        updateTotal();
        layout.add(total);
    }

    private Div criterion(Criterion criterion, CriterionScore entry, CriterionScore hint, boolean editable,
                          Function<Criterion, Component> below, Runnable onChange) {
        IntegerField score = new IntegerField(getTranslation("inspection.form.score", criterion.maxScore()));
        score.setMin(0);
        score.setMax(criterion.maxScore());
        score.setStepButtonsVisible(true);
        score.setAriaLabel(getTranslation("inspection.form.scoreOf", criterion.code()));
        score.setValue(entry == null ? null : entry.score());
        TextArea note = new TextArea(getTranslation("inspection.form.note"));
        note.setAriaLabel(getTranslation("inspection.form.noteOf", criterion.code()));
        note.setValue(entry == null ? "" : entry.note());
        note.setMaxLength(2000);
        note.setWidthFull();
        score.setReadOnly(!editable);
        note.setReadOnly(!editable);
        score.setValueChangeMode(ValueChangeMode.LAZY);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        score.addValueChangeListener(change -> {
            updateTotal();
            onChange.run();
        });
        note.addValueChangeListener(change -> onChange.run());
        scores.put(criterion.code(), score);
        notes.put(criterion.code(), note);
        Span text = new Span(criterion.code() + ". " + criterion.text());
        text.addClassName("criterion-text");
        Div box = new Div(text);
        if (criterion.evidenceRequired()) {
            box.add(Badges.of(getTranslation("inspection.form.evidenceRequired"), Badges.Tone.NORMAL));
        }
        if (!criterion.guidance().isEmpty()) {
            box.add(secondary(criterion.guidance()));
        }
        if (hint != null && hint.score() != null) {
            box.add(secondary(getTranslation("inspection.form.selfScore", hint.score(), hint.note()).strip()));
        }
        box.add(score, note, below.apply(criterion));
        box.addClassName("criterion");
        return box;
    }

    private static Div secondary(String text) {
        Span span = new Span(text);
        span.addClassName("secondary-text");
        return new Div(span);
    }

    private void updateTotal() {
        int sum = scores.values().stream().mapToInt(field -> field.getValue() == null ? 0 : field.getValue()).sum();
        int max = checklist.maxScore();
        boolean complete = scores.values().stream().allMatch(field -> field.getValue() != null);
        total.setText(complete && sum <= max
                ? getTranslation("inspection.form.totalRated", sum, max,
                getTranslation(checklist.rate(sum).messageKey()))
                : getTranslation("inspection.form.total", sum, max));
    }

    Map<String, CriterionScore> entered() {
        Map<String, CriterionScore> entered = new LinkedHashMap<>();
        scores.forEach((code, field) -> entered.put(code, new CriterionScore(field.getValue(), notes.get(code).getValue())));
        return entered;
    }
}
