package vn.boardflow.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

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

    /** The page's main step, across the whole width, where a thumb finds it on a phone. */
    public static Button primaryWide(Button button) {
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setWidthFull();
        return button;
    }
}
