package vn.boardflow.shared.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.Translations;

/** Texts for the current UI's language, and the words a user sees for a failed command. */
public final class Messages {

    private Messages() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Translations.VIETNAMESE : ui.getLocale();
    }

    public static String text(String key, Object... arguments) {
        return Translations.get(locale(), key, arguments);
    }

    /**
     * What to tell the user about a failure, or {@code null} when it is not theirs to understand (a bug),
     * in which case the caller logs it and shows the generic message.
     */
    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return text(violation.messageKey(), violation.arguments());
            }
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return text("error.accessDenied");
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return text("error.concurrentChange");
            }
        }
        return null;
    }
}
