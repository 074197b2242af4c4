package vn.boardflow.fund.internal;

import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How many working days each step of a settlement may take, for the process's timers
 * ({@code ${settlementDeadlines.reminderAfter('check')}}): set per step as
 * {@code boardflow.settlement.deadline.check=5}, with the defaults below. The holder is reminded when the days have
 * passed, the body's leaders told {@value #ESCALATION_DAYS} working days later.
 */
@Component("settlementDeadlines")
class SettlementDeadlines {

    static final int ESCALATION_DAYS = 2;
    private static final Map<String, Integer> DEFAULTS = Map.of("receive", 2, "check", 5, "revise", 5, "approve", 3,
            "pay", 5);

    private final Environment environment;

    SettlementDeadlines(Environment environment) {
        this.environment = environment;
    }

    public int days(String step) {
        Integer fallback = DEFAULTS.get(step);
        if (fallback == null) {
            throw new IllegalArgumentException("no deadline for step " + step);
        }
        int days = environment.getProperty("boardflow.settlement.deadline." + step, Integer.class, fallback);
        if (days <= 0) {
            throw new IllegalStateException("the deadline of step " + step + " must be at least one working day");
        }
        return days;
    }

    public int escalationDays(String step) {
        return days(step) + ESCALATION_DAYS;
    }

    public String reminderAfter(String step) {
        return "P" + days(step) + "D";
    }

    public String escalationAfter(String step) {
        return "P" + escalationDays(step) + "D";
    }
}
