package vn.boardflow.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

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
