package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.shared.ui.Messages;

/**
 * A draft's annexes, each with its heading ("PHỤ LỤC", or the name of a document issued with it such as
 * "CHƯƠNG TRÌNH"), its title and its content typed as the body is; added and removed here, printed after the
 * document with the line that ties each to its number and date.
 */
class AnnexesEditor extends Div {

    private final boolean editable;
    private final Div rows = new Div();
    private final List<AnnexFields> annexes = new ArrayList<>();

    AnnexesEditor(boolean editable) {
        this.editable = editable;
        addClassName("annexes-editor");
        add(new H4(Messages.text("draft.annexes.title")), rows);
        if (editable) {
            Button add = new Button(Messages.text("draft.annexes.add"), VaadinIcon.PLUS.create(),
                    click -> add(new Annex(Annex.PHU_LUC, "", List.of())).heading.focus());
            add.addThemeVariants(ButtonVariant.TERTIARY);
            add(add);
        }
    }

    void show(List<Annex> shown) {
        rows.removeAll();
        annexes.clear();
        if (shown.isEmpty() && !editable) {
            rows.add(new Div(Messages.text("draft.annexes.none")));
        }
        shown.forEach(this::add);
    }

    List<Annex> annexes() {
        return annexes.stream().map(AnnexFields::annex).toList();
    }

    private AnnexFields add(Annex annex) {
        AnnexFields fields = new AnnexFields(annex);
        annexes.add(fields);
        rows.add(fields);
        return fields;
    }

    private final class AnnexFields extends FormLayout {

        private final TextField heading = new TextField(Messages.text("draft.annex.heading"));
        private final TextField title = new TextField(Messages.text("draft.annex.title"));
        private final TextArea body = new TextArea(Messages.text("draft.annex.body"));
        /** The blocks shown, whose tables and pictures the text holds by their markers. */
        private final List<Block> shown;

        AnnexFields(Annex annex) {
            addClassName("annex-fields");
            heading.setValue(annex.heading());
            heading.setHelperText(Messages.text("draft.annex.heading.helper"));
            title.setValue(annex.title());
            shown = annex.blocks();
            body.setValue(BodyText.write(shown));
            body.setHelperText(Messages.text("draft.field.body.helper"));
            body.setMinHeight("8rem");
            add(heading, title, body);
            setColspan(body, 2);
            List.of(heading, title).forEach(field -> field.setReadOnly(!editable));
            body.setReadOnly(!editable);
            if (editable) {
                Button remove = new Button(Messages.text("draft.annex.remove"), VaadinIcon.TRASH.create(), click -> {
                    annexes.remove(this);
                    rows.remove(this);
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                add(remove);
            }
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        }

        Annex annex() {
            return new Annex(heading.getValue(), title.getValue(), BodyText.parse(body.getValue(), shown));
        }
    }
}
