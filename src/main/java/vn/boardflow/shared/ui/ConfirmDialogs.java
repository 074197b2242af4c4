package vn.boardflow.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Supplier;

/** Asks before anything that cannot simply be undone. */
public final class ConfirmDialogs {

    private ConfirmDialogs() {
    }

    /** Before removing or ending something: the confirm button is red. */
    public static void confirm(String header, String text, String confirmLabel, Runnable onConfirm) {
        open(header, text, confirmLabel, "error primary", onConfirm);
    }

    /** Before a step that hands the work on and cannot be taken back, such as sending a result. */
    public static void confirmStep(String header, String text, String confirmLabel, Runnable onConfirm) {
        open(header, text, confirmLabel, "primary", onConfirm);
    }

    /**
     * A page's main step ({@link Buttons#primaryWide}) that asks before it is taken; the dialog's confirm
     * button repeats the step's name.
     *
     * @param text read at the tap, so it can tell what the page holds by then
     */
    public static Button stepButton(String label, String header, Supplier<String> text, Runnable onConfirm) {
        return Buttons.primaryWide(new Button(label, click -> confirmStep(header, text.get(), label, onConfirm)));
    }

    private static void open(String header, String text, String confirmLabel, String theme, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(Messages.text("action.cancel"));
        dialog.setConfirmText(confirmLabel);
        dialog.setConfirmButtonTheme(theme);
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
    }
}
