package vn.boardflow.fund;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which settlement dossier (hồ sơ thanh quyết toán). Written as its number. */
public record SettlementId(@JsonValue long value) {

    public SettlementId {
        Ids.requirePositive(value, "a settlement dossier");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SettlementId of(long value) {
        return new SettlementId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<SettlementId> from(long value) {
        return Ids.from(value, SettlementId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
