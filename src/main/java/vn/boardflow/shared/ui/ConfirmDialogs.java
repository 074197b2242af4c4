package vn.boardflow.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before anything that cannot simply be undone. */
public final class ConfirmDialogs {

    private ConfirmDialogs() {
    }

    public static void confirm(String header, String text, String confirmLabel, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(Messages.text("action.cancel"));
        dialog.setConfirmText(confirmLabel);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
    }
}
