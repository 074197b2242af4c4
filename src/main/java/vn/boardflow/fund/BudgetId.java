package vn.boardflow.fund;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which budget (dự toán). Written as its number. */
public record BudgetId(@JsonValue long value) {

    public BudgetId {
        Ids.requirePositive(value, "a budget");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BudgetId of(long value) {
        return new BudgetId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<BudgetId> from(long value) {
        return Ids.from(value, BudgetId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
