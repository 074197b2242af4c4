package vn.boardflow.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A dialog with a form and two buttons. The confirm button is the Enter key, cannot be pressed twice
 * while its command runs, and closes the dialog only when the command succeeded, so nothing typed is lost.
 * Fields that need Enter themselves keep it: a date picker confirms the date typed, a combo box the item
 * highlighted, a text area starts a new line; there Enter does not submit the form half filled.
 */
public class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Button confirm = new Button();

    public FormDialog(String title, String confirmLabel, BooleanSupplier onConfirm) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        Buttons.once(confirm, () -> {
            if (onConfirm.getAsBoolean()) {
                close();
            }
        });
        Button cancel = new Button(Messages.text("action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }

    /** Adds fields side by side on wide screens; {@link #wide} gives one field the whole row. */
    public FormDialog fields(Component... fields) {
        form.add(fields);
        Arrays.stream(fields).forEach(FormDialog::keepEnter);
        return this;
    }

    public FormDialog wide(Component field) {
        form.add(field);
        keepEnter(field);
        form.setColspan(field, 2);
        return this;
    }

    /** Stops Enter at the field, after the field has used it, so it never reaches the dialog's confirm shortcut. */
    private static void keepEnter(Component component) {
        if (component instanceof DatePicker || component instanceof ComboBox<?> || component instanceof TextArea
                || component instanceof MultiSelectComboBox<?>) {
            Shortcuts.addShortcutListener(component, () -> { }, Key.ENTER).listenOn(component).allowBrowserDefault();
        }
        component.getChildren().forEach(FormDialog::keepEnter);
    }

    public void makeDangerous() {
        confirm.addThemeVariants(ButtonVariant.ERROR);
    }
}
