package vn.boardflow.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.BooleanSupplier;

/**
 * A dialog with a form and two buttons. The confirm button is the Enter key, cannot be pressed twice
 * while its command runs, and closes the dialog only when the command succeeded, so nothing typed is lost.
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
        return this;
    }

    public FormDialog wide(Component field) {
        form.add(field);
        form.setColspan(field, 2);
        return this;
    }

    public void makeDangerous() {
        confirm.addThemeVariants(ButtonVariant.ERROR);
    }
}
