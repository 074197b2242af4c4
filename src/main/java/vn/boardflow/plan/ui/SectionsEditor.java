package vn.boardflow.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.shared.ui.Messages;

/**
 * The numbered sections of part II or III: each a title and its dash items, one item per line. Sections
 * are numbered by their order, as the document numbers them.
 */
class SectionsEditor extends VerticalLayout {

    private final boolean readOnly;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> sections = new ArrayList<>();

    private record Row(VerticalLayout box, TextField title, TextArea items) {
    }

    SectionsEditor(String part, List<PlanSection> initial, boolean readOnly) {
        this.readOnly = readOnly;
        addClassName("sections-" + part);
        setPadding(false);
        rows.setPadding(false);
        add(new Span(Messages.text("plan.sections.hint", part)), rows);
        initial.forEach(this::addSection);
        if (!readOnly) {
            Button add = new Button(Messages.text("plan.sections.add"), VaadinIcon.PLUS.create(),
                    click -> addSection(new PlanSection("", List.of())).title().focus());
            add.addThemeVariants(ButtonVariant.TERTIARY);
            add(add);
        }
    }

    private Row addSection(PlanSection section) {
        TextField title = new TextField();
        title.setWidthFull();
        title.setValue(section.title());
        title.setReadOnly(readOnly);
        TextArea items = new TextArea(Messages.text("plan.sections.items"));
        items.setWidthFull();
        items.setValue(String.join("\n", section.items()));
        items.setReadOnly(readOnly);
        VerticalLayout box = new VerticalLayout(title, items);
        box.addClassName("plan-section");
        box.setPadding(false);
        Row row = new Row(box, title, items);
        if (!readOnly) {
            Button remove = new Button(Messages.text("plan.sections.remove"), VaadinIcon.TRASH.create(), click -> {
                sections.remove(row);
                rows.remove(box);
                renumber();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            box.add(remove);
        }
        sections.add(row);
        rows.add(box);
        renumber();
        return row;
    }

    private void renumber() {
        for (int i = 0; i < sections.size(); i++) {
            String label = Messages.text("plan.sections.title", i + 1);
            sections.get(i).title().setLabel(label);
        }
    }

    List<PlanSection> sections() {
        return sections.stream().map(row -> new PlanSection(row.title().getValue(), Lines.of(row.items().getValue())))
                .filter(section -> !section.title().isEmpty() || !section.items().isEmpty()).toList();
    }
}
