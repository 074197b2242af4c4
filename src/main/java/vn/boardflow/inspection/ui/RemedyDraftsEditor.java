package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.shared.ui.DatePickers;

/**
 * What the team head hands the ward on closing: each shortfall proposed as a remedial task, which the head
 * may leave out, reword or give another deadline, and tasks the head adds.
 */
class RemedyDraftsEditor extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final LocalDate defaultDeadline;

    private record Row(String criterionCode, Checkbox included, TextArea description, DatePicker deadline) {
    }

    RemedyDraftsEditor(List<RemedyDraft> proposals, LocalDate today) {
        this.defaultDeadline = today.plusDays(Remedies.DEFAULT_DAYS);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("remedy.drafts.title")));
        layout.add(new Paragraph(getTranslation(proposals.isEmpty() ? "remedy.drafts.none" : "remedy.drafts.explain")));
        proposals.forEach(this::addRow);
        Button add = new Button(getTranslation("remedy.drafts.add"), VaadinIcon.PLUS.create(),
                click -> addRow(new RemedyDraft(null, "", defaultDeadline)));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        layout.add(list, add);
    }

    private void addRow(RemedyDraft draft) {
        int number = rows.size() + 1;
        Checkbox included = new Checkbox(draft.criterionCode() == null
                ? getTranslation("remedy.drafts.added", number)
                : getTranslation("remedy.drafts.criterion", draft.criterionCode()), true);
        TextArea description = new TextArea(getTranslation("remedy.field.description"));
        description.setValue(draft.description());
        description.setMaxLength(2000);
        description.setWidthFull();
        description.setAriaLabel(getTranslation("remedy.drafts.descriptionOf", number));
        DatePicker deadline = DatePickers.create(getTranslation("remedy.field.deadline"));
        deadline.setValue(draft.deadline());
        deadline.setAriaLabel(getTranslation("remedy.drafts.deadlineOf", number));
        included.addValueChangeListener(change -> {
            description.setEnabled(change.getValue());
            deadline.setEnabled(change.getValue());
        });
        Div box = new Div(included, description, deadline);
        box.addClassName("criterion");
        rows.add(new Row(draft.criterionCode(), included, description, deadline));
        list.add(box);
    }

    /** The tasks the head keeps; blank added rows are dropped, the server checks the rest. */
    List<RemedyDraft> drafts() {
        return rows.stream()
                .filter(row -> row.included().getValue())
                .filter(row -> row.criterionCode() != null || !row.description().getValue().isBlank())
                .map(row -> new RemedyDraft(row.criterionCode(), row.description().getValue(), row.deadline().getValue()))
                .toList();
    }
}
