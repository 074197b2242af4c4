package vn.boardflow.drafting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which draft: the drafting module's commands and queries take this. Written as its number ("drafts/" + id). */
public record DraftId(@JsonValue long value) {

    public DraftId {
        Ids.requirePositive(value, "a draft");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DraftId of(long value) {
        return new DraftId(value);
    }

    /** A number from a route or a link, which may name no draft at all. */
    public static Optional<DraftId> from(long value) {
        return Ids.from(value, DraftId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
