package vn.boardflow.org.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.org.UserAdministration.NewUser;
import vn.boardflow.org.UserAdministration.UpdateUser;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/** Creating and editing user accounts, and setting a new password for someone who lost theirs. */
class UserDialogs {

    private final UserAdministration administration;
    private final Runnable afterChange;

    UserDialogs(UserAdministration administration, Runnable afterChange) {
        this.administration = administration;
        this.afterChange = afterChange;
    }

    FormDialog create() {
        TextField username = new TextField(Messages.text("user.field.username"));
        username.setHelperText(Messages.text("user.field.username.helper"));
        username.setRequired(true);
        ProfileFields profile = new ProfileFields();
        PasswordField password = passwordField(Messages.text("user.field.password"));
        PasswordField repeat = passwordField(Messages.text("password.repeat"));
        FormDialog dialog = new FormDialog(Messages.text("user.create.title"), Messages.text("action.create"),
                () -> samePasswords(password, repeat) && Actions.runAndThen(() -> administration.create(new NewUser(
                        username.getValue(), profile.fullName.getValue(), profile.jobTitle.getValue(),
                        profile.email.getValue(), profile.phone.getValue(), password.getValue())), "user.created", afterChange));
        dialog.fields(username, profile.fullName, profile.jobTitle, profile.email, profile.phone)
                .fields(password, repeat);
        username.focus();
        return dialog;
    }

    FormDialog edit(UserSummary user) {
        ProfileFields profile = new ProfileFields();
        profile.fullName.setValue(user.fullName());
        profile.jobTitle.setValue(nullToEmpty(user.jobTitle()));
        profile.email.setValue(nullToEmpty(user.email()));
        profile.phone.setValue(nullToEmpty(user.phone()));
        FormDialog dialog = new FormDialog(Messages.text("user.edit.title", user.username()),
                Messages.text("action.save"),
                () -> Actions.runAndThen(() -> administration.update(new UpdateUser(user.id(), user.version(),
                        profile.fullName.getValue(), profile.jobTitle.getValue(), profile.email.getValue(),
                        profile.phone.getValue())), "user.updated", afterChange));
        dialog.fields(profile.fullName, profile.jobTitle, profile.email, profile.phone);
        return dialog;
    }

    FormDialog resetPassword(UserSummary user) {
        PasswordField password = passwordField(Messages.text("password.new"));
        PasswordField repeat = passwordField(Messages.text("password.repeat"));
        FormDialog dialog = new FormDialog(Messages.text("user.resetPassword.title", user.label()),
                Messages.text("user.resetPassword"),
                () -> samePasswords(password, repeat)
                        && Actions.runAndThen(() -> administration.resetPassword(user.id(), password.getValue()),
                        "user.passwordReset", afterChange));
        dialog.fields(password, repeat);
        return dialog;
    }


    private static boolean samePasswords(PasswordField password, PasswordField repeat) {
        boolean same = password.getValue().equals(repeat.getValue());
        repeat.setInvalid(!same);
        repeat.setErrorMessage(same ? null : Messages.text("password.error.mismatch"));
        return same;
    }

    private static PasswordField passwordField(String label) {
        PasswordField field = new PasswordField(label);
        field.setRequired(true);
        field.setMinLength(UserAdministration.MIN_PASSWORD_LENGTH);
        field.setHelperText(Messages.text("password.policy", UserAdministration.MIN_PASSWORD_LENGTH));
        return field;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The fields both the create and the edit dialog show. */
    private static final class ProfileFields {
        final TextField fullName = new TextField(Messages.text("user.field.fullName"));
        final TextField jobTitle = new TextField(Messages.text("user.field.jobTitle"));
        final EmailField email = new EmailField(Messages.text("user.field.email"));
        final TextField phone = new TextField(Messages.text("user.field.phone"));

        ProfileFields() {
            fullName.setRequired(true);
            fullName.setMaxLength(120);
            jobTitle.setMaxLength(120);
            email.setErrorMessage(Messages.text("user.error.emailInvalid"));
        }
    }
}
