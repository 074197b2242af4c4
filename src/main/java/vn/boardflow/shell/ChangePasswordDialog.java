package vn.boardflow.shell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;

/** Lets a signed-in user change their own password; the service checks the old one and the policy. */
class ChangePasswordDialog extends Dialog {

    ChangePasswordDialog(UserAdministration users) {
        setHeaderTitle(getTranslation("password.change.title"));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.policy", UserAdministration.MIN_PASSWORD_LENGTH));
        next.setMinLength(UserAdministration.MIN_PASSWORD_LENGTH);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        current.setRequired(true);
        next.setRequired(true);
        repeat.setRequired(true);
        add(new FormLayout(current, next, repeat));
        current.focus();

        Button save = Buttons.once(new Button(getTranslation("action.save")), () -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                return;
            }
            if (Actions.run(() -> users.changeOwnPassword(current.getValue(), next.getValue()), "password.changed")) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
