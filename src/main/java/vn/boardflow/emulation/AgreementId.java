package vn.boardflow.emulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which cluster agreement (giao ước thi đua). Written as its number. */
public record AgreementId(@JsonValue long value) {

    public AgreementId {
        Ids.requirePositive(value, "an emulation agreement");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AgreementId of(long value) {
        return new AgreementId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<AgreementId> from(long value) {
        return Ids.from(value, AgreementId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
