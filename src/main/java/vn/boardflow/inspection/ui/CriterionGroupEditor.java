package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;

/** One group of a checklist on screen: its title and its criteria, which can be added and removed. */
class CriterionGroupEditor extends Composite<VerticalLayout> {

    private final boolean editable;
    private final Runnable onScoresChanged;
    private final TextField title = new TextField();
    private final VerticalLayout criteriaLayout = new VerticalLayout();
    private final List<CriterionRow> criteria = new ArrayList<>();

    private record CriterionRow(Div box, TextField code, TextArea text, IntegerField maxScore, TextArea guidance,
                                Checkbox evidenceRequired) {

        Criterion criterion() {
            return new Criterion(code.getValue(), text.getValue(), maxScore.getValue() == null ? 0 : maxScore.getValue(),
                    guidance.getValue(), evidenceRequired.getValue());
        }
    }

    /**
     * @param group           the group to show, or {@code null} for a new group with one empty criterion
     * @param onScoresChanged called when a maximum score changes or a criterion comes or goes
     * @param onRemove        takes the group off the checklist
     */
    CriterionGroupEditor(Group group, int number, boolean editable, Runnable onScoresChanged,
                         Consumer<CriterionGroupEditor> onRemove) {
        this.editable = editable;
        this.onScoresChanged = onScoresChanged;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("criterion-group");
        title.setValue(group == null ? "" : group.title());
        title.setMaxLength(500);
        title.setRequired(true);
        title.setWidthFull();
        title.setReadOnly(!editable);
        numbered(number);
        criteriaLayout.setPadding(false);
        if (group == null) {
            addCriterion(null);
        } else {
            group.criteria().forEach(this::addCriterion);
        }
        layout.add(title, criteriaLayout);
        if (editable) {
            Button add = new Button(getTranslation("checklist.addCriterion"), VaadinIcon.PLUS.create(),
                    click -> addCriterion(null));
            Button remove = new Button(getTranslation("checklist.removeGroup"), VaadinIcon.TRASH.create(),
                    click -> onRemove.accept(this));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            FlexLayout actions = new FlexLayout(add, remove);
            actions.addClassName("toolbar");
            layout.add(actions);
        }
    }

    /** Groups are numbered as they stand, so the labels still read right after one is removed. */
    void numbered(int number) {
        title.setLabel(getTranslation("checklist.field.groupTitle", number));
    }

    private void addCriterion(Criterion criterion) {
        TextField code = new TextField(getTranslation("checklist.field.code"));
        code.setMaxLength(20);
        code.setRequired(true);
        code.setWidth("6em");
        IntegerField maxScore = new IntegerField(getTranslation("checklist.field.maxScore"));
        maxScore.setMin(1);
        maxScore.setMax(1000);
        maxScore.setWidth("8em");
        maxScore.setValueChangeMode(ValueChangeMode.EAGER);
        maxScore.addValueChangeListener(change -> onScoresChanged.run());
        TextArea text = new TextArea(getTranslation("checklist.field.text"));
        text.setMaxLength(1000);
        text.setRequired(true);
        text.setWidthFull();
        TextArea guidance = new TextArea(getTranslation("checklist.field.guidance"));
        guidance.setMaxLength(2000);
        guidance.setWidthFull();
        Checkbox evidence = new Checkbox(getTranslation("checklist.field.evidence"));
        if (criterion != null) {
            code.setValue(criterion.code());
            text.setValue(criterion.text());
            maxScore.setValue(criterion.maxScore());
            guidance.setValue(criterion.guidance());
            evidence.setValue(criterion.evidenceRequired());
        }
        code.setReadOnly(!editable);
        text.setReadOnly(!editable);
        maxScore.setReadOnly(!editable);
        guidance.setReadOnly(!editable);
        evidence.setReadOnly(!editable);
        FlexLayout firstLine = new FlexLayout(code, maxScore, evidence);
        firstLine.addClassName("toolbar");
        firstLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div box = new Div(firstLine, text, guidance);
        box.addClassName("criterion");
        CriterionRow row = new CriterionRow(box, code, text, maxScore, guidance, evidence);
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                criteria.remove(row);
                criteriaLayout.remove(box);
                onScoresChanged.run();
            });
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("checklist.removeCriterion"));
            firstLine.add(remove);
        }
        criteria.add(row);
        criteriaLayout.add(box);
        onScoresChanged.run();
    }

    int maxScore() {
        return criteria.stream().mapToInt(row -> row.maxScore().getValue() == null ? 0 : row.maxScore().getValue()).sum();
    }

    Group group() {
        return new Group(title.getValue(), criteria.stream().map(CriterionRow::criterion).toList());
    }
}
