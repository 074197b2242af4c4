package vn.boardflow.document.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.RegisterStarts.StartAt;
import vn.boardflow.document.RegisterStarts;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/**
 * Sets, once, the number a year's sequence goes on from when the register moves to BoardFlow with numbers
 * already given on paper; it asks for the reason, which the register then prints.
 */
class RegisterStartDialog extends FormDialog {

    RegisterStartDialog(RegisterStarts starts, IssuingBodyView body, int year, Runnable afterSave) {
        this(starts, body, afterSave, new Fields(body, year));
    }

    private RegisterStartDialog(RegisterStarts starts, IssuingBodyView body, Runnable afterSave, Fields fields) {
        super(Messages.text("register.start.title", body.label()), Messages.text("register.start.save"),
                () -> Actions.runAndThen(() -> starts.startAt(fields.command(body.id())), "register.start.done",
                        afterSave));
        wide(new Span(Messages.text("register.start.explanation"))).fields(fields.year, fields.type)
                .fields(fields.next).wide(fields.reason);
        makeDangerous();
    }

    private static final class Fields {
        final IntegerField year = new IntegerField(Messages.text("register.start.year"));
        final Select<DocumentType> type = new Select<>();
        final IntegerField next = new IntegerField(Messages.text("register.start.next"));
        final TextArea reason = new TextArea(Messages.text("register.start.reason"));

        Fields(IssuingBodyView body, int year) {
            this.year.setValue(year);
            this.year.setStepButtonsVisible(true);
            this.year.setRequired(true);
            type.setLabel(Messages.text("register.start.type"));
            type.setItems(DocumentType.values());
            type.setItemLabelGenerator(t -> t == null ? "" : Messages.text(t.messageKey()));
            type.setValue(DocumentType.KE_HOACH);
            // one sequence for every type needs no type
            type.setVisible(body.scheme() == NumberingScheme.PER_TYPE);
            next.setMin(2);
            next.setRequired(true);
            next.setHelperText(Messages.text("register.start.next.helper"));
            reason.setRequired(true);
            reason.setMaxLength(500);
            reason.setHelperText(Messages.text("register.start.reason.helper"));
        }

        StartAt command(IssuingBodyId bodyId) {
            return new StartAt(bodyId, year.getValue() == null ? 0 : year.getValue(),
                    type.isVisible() ? type.getValue() : null, next.getValue() == null ? 0 : next.getValue(),
                    reason.getValue());
        }
    }
}
