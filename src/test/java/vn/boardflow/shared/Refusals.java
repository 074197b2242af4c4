package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What a refused call tells the user, as the key of its message. */
public final class Refusals {

    private Refusals() {
    }

    /** The message key of the rule the call breaks; fails when the call is not refused by a rule. */
    public static String of(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(RuleViolation.class);
        return ((RuleViolation) thrown).messageKey();
    }
}
