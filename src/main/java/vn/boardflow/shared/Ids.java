package vn.boardflow.shared;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What every typed id (a {@code PlanId}, an {@code IssuingBodyId}, …) checks and offers: the database's
 * numbers start at one, and a route's or a link's number may name nothing at all. Each id is written to
 * JSON as its bare number ({@code @JsonValue}), so the plan's content, a round's schedule and the audit
 * log store the same text as before ids were typed.
 */
public final class Ids {

    private Ids() {
    }

    /** Refuses a number no record has: a mix-up, never a user's mistake. */
    public static long requirePositive(long value, String of) {
        if (value <= 0) {
            throw new IllegalArgumentException("an id of " + of + " is positive: " + value);
        }
        return value;
    }

    /** The id a route's or a link's number stands for, or empty when it can name none. */
    public static <T> Optional<T> from(long value, LongFunction<T> id) {
        return value > 0 ? Optional.of(id.apply(value)) : Optional.empty();
    }
}
