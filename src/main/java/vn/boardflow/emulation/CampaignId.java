package vn.boardflow.emulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which emulation campaign (phong trào, đợt thi đua). Written as its number. */
public record CampaignId(@JsonValue long value) {

    public CampaignId {
        Ids.requirePositive(value, "an emulation campaign");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CampaignId of(long value) {
        return new CampaignId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<CampaignId> from(long value) {
        return Ids.from(value, CampaignId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
