package vn.boardflow.shared.ui;

import com.vaadin.flow.component.button.Button;

/** Buttons that cannot be pressed twice while their command runs (a double click submits once). */
public final class Buttons {

    private Buttons() {
    }

    /** The browser disables the button at the click; the server enables it again when the action is done. */
    public static Button once(Button button, Runnable action) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
