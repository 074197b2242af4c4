package vn.boardflow.emulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which proposal for commendation (đề xuất khen thưởng). Written as its number. */
public record ProposalId(@JsonValue long value) {

    public ProposalId {
        Ids.requirePositive(value, "a proposal for commendation");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProposalId of(long value) {
        return new ProposalId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<ProposalId> from(long value) {
        return Ids.from(value, ProposalId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
