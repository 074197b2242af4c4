package vn.boardflow.shared.ui;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command a user asked for and reports the outcome. A broken rule is shown in the user's
 * language and nothing else happens, so a dialog stays open with what the user typed.
 */
public final class Actions {

    private static final Logger LOG = LoggerFactory.getLogger(Actions.class);

    private Actions() {
    }

    /** Returns true when the command succeeded. */
    public static boolean run(Runnable command) {
        return call(() -> {
            command.run();
            return true;
        }).isPresent();
    }

    /** The command's result, or nothing when it failed (and the user was told why). */
    public static <T> Optional<T> call(Supplier<T> command) {
        try {
            return Optional.of(command.get());
        } catch (RuntimeException failure) {
            report(failure);
            return Optional.empty();
        }
    }

    /**
     * Tells the user what went wrong in their words; a failure that is not theirs to understand (a bug)
     * is logged and shown as the generic message.
     */
    public static void report(Throwable failure) {
        String message = Messages.describe(failure);
        if (message == null) {
            LOG.error("Command failed", failure);
            message = Messages.text("error.unexpected");
        }
        Notifications.error(message);
    }

    /** Runs the command and, when it succeeded, announces {@code successKey}. */
    public static boolean run(Runnable command, String successKey, Object... arguments) {
        boolean done = run(command);
        if (done) {
            Notifications.success(Messages.text(successKey, arguments));
        }
        return done;
    }

    /** Runs the command, announces {@code successKey} and then runs {@code afterSuccess}, e.g. a grid refresh. */
    public static boolean runAndThen(Runnable command, String successKey, Runnable afterSuccess) {
        boolean done = run(command, successKey);
        if (done) {
            afterSuccess.run();
        }
        return done;
    }
}
