package vn.boardflow.document.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingRegister.IssueNumber;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;

/**
 * Enters a document signed on paper into the register: the clerk fills the register's columns and the
 * next number of the body's sequence is given when the entry is saved.
 */
class RegisterEntryDialog extends FormDialog {

    RegisterEntryDialog(NumberingRegister register, IssuingBodyView body, LocalDate today, Runnable afterSave) {
        this(register, body, afterSave, new Fields(today));
    }

    private RegisterEntryDialog(NumberingRegister register, IssuingBodyView body, Runnable afterSave,
                                Fields fields) {
        super(Messages.text("register.enter.title", body.label()), Messages.text("register.enter.save"),
                () -> {
                    Optional<RegisterEntryView> entered = Actions.call(() -> register.issue(fields.command(body.id())));
                    entered.ifPresent(entry -> {
                        Notifications.success(Messages.text("register.entered", entry.symbol()));
                        afterSave.run();
                    });
                    return entered.isPresent();
                });
        fields(fields.type, fields.issuedOn).wide(fields.summary).fields(fields.signer, fields.draftingUnit)
                .wide(fields.recipients).fields(fields.copies, fields.keptBy);
        fields.summary.focus();
    }

    private static final class Fields {
        final Select<DocumentType> type = new Select<>();
        final DatePicker issuedOn;
        final TextArea summary = new TextArea(Messages.text("register.field.summary"));
        final TextField signer = new TextField(Messages.text("register.field.signer"));
        final TextField draftingUnit = new TextField(Messages.text("register.field.draftingUnit"));
        final TextArea recipients = new TextArea(Messages.text("register.field.recipients"));
        final IntegerField copies = new IntegerField(Messages.text("register.field.copies"));
        final TextField keptBy = new TextField(Messages.text("register.field.keptBy"));

        Fields(LocalDate today) {
            type.setLabel(Messages.text("register.field.type"));
            type.setItems(DocumentType.values());
            type.setItemLabelGenerator(t -> Messages.text(t.messageKey()));
            type.setValue(DocumentType.KE_HOACH);
            issuedOn = DatePickers.create(Messages.text("register.field.issuedOn"));
            issuedOn.setValue(today);
            summary.setRequired(true);
            summary.setMaxLength(1000);
            signer.setRequired(true);
            draftingUnit.setHelperText(Messages.text("register.field.draftingUnit.helper"));
            recipients.setHelperText(Messages.text("register.field.recipients.helper"));
            copies.setMin(1);
            copies.setValue(1);
            copies.setStepButtonsVisible(true);
        }

        IssueNumber command(IssuingBodyId bodyId) {
            List<String> lines = Arrays.stream(recipients.getValue().split("\\R")).toList();
            return new IssueNumber(bodyId, type.getValue(), issuedOn.getValue(), summary.getValue(), signer.getValue(),
                    draftingUnit.getValue(), lines, copies.getValue() == null ? 0 : copies.getValue(), keptBy.getValue());
        }
    }
}
