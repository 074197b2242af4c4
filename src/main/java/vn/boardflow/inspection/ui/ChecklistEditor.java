package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.RatingScale;

/**
 * A checklist on screen: its name, the rating thresholds and its groups of criteria, each group editable
 * on its own. What is on screen becomes a {@link Checklist}, which refuses what breaks its rules in words
 * the secretariat can act on.
 */
class ChecklistEditor extends Composite<VerticalLayout> {

    private final boolean editable;
    private final TextField name = new TextField();
    private final IntegerField excellent;
    private final IntegerField good;
    private final IntegerField fair;
    private final IntegerField average;
    private final VerticalLayout groupLayout = new VerticalLayout();
    private final List<CriterionGroupEditor> groups = new ArrayList<>();
    private final Span total = new Span();

    ChecklistEditor(Checklist checklist, boolean editable) {
        this.editable = editable;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        name.setLabel(getTranslation("checklist.field.name"));
        name.setValue(checklist.name());
        name.setMaxLength(300);
        name.setRequired(true);
        name.setWidthFull();
        name.setReadOnly(!editable);
        RatingScale scale = checklist.scale();
        excellent = percent("checklist.field.excellent", scale.excellent());
        good = percent("checklist.field.good", scale.good());
        fair = percent("checklist.field.fair", scale.fair());
        average = percent("checklist.field.average", scale.average());
        average.setHelperText(getTranslation("checklist.field.average.helper"));
        FlexLayout thresholds = new FlexLayout(excellent, good, fair, average);
        thresholds.addClassName("toolbar");
        groupLayout.setPadding(false);
        checklist.groups().forEach(this::addGroup);
        total.addClassName("checklist-total");
        layout.add(name, thresholds, groupLayout);
        if (editable) {
            layout.add(new Button(getTranslation("checklist.addGroup"), VaadinIcon.PLUS.create(),
                    click -> addGroup(null)));
        }
        layout.add(total);
        updateTotal();
    }

    private IntegerField percent(String labelKey, int value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(1);
        field.setMax(100);
        field.setValue(value);
        field.setReadOnly(!editable);
        return field;
    }

    /** @param group the group to show, or {@code null} for a new one with one empty criterion */
    private void addGroup(Group group) {
        CriterionGroupEditor editor = new CriterionGroupEditor(group, groups.size() + 1, editable, this::updateTotal,
                this::removeGroup);
        groups.add(editor);
        groupLayout.add(editor);
        updateTotal();
    }

    private void removeGroup(CriterionGroupEditor editor) {
        groups.remove(editor);
        groupLayout.remove(editor);
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).numbered(i + 1);
        }
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("checklist.total", groups.stream().mapToInt(CriterionGroupEditor::maxScore).sum()));
    }

    /** The checklist as on screen; refuses, with the rule it breaks, what is not a valid checklist. */
    Checklist checklist() {
        RatingScale scale = new RatingScale(valueOf(excellent), valueOf(good), valueOf(fair), valueOf(average));
        return new Checklist(name.getValue(), groups.stream().map(CriterionGroupEditor::group).toList(), scale);
    }

    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
