package vn.boardflow.shared;

import java.util.Arrays;

/**
 * A command broke a business rule. It carries a message key and its arguments rather than text, so
 * the screen that shows it speaks the user's language.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Refuses what is not {@code allowed}, with the message the user is to read. */
    public static void require(boolean allowed, String messageKey, Object... arguments) {
        if (!allowed) {
            throw new RuleViolation(messageKey, arguments);
        }
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
