package vn.boardflow;

import vn.boardflow.shared.RuleViolation;

/** What an aggregate's step refused with, for tests of its transitions. */
public final class Refusals {

    private Refusals() {
    }

    /** The message key of the rule the step broke; fails the test when the step was not refused. */
    public static String refusal(Runnable step) {
        try {
            step.run();
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
        throw new AssertionError("the step was not refused");
    }
}
