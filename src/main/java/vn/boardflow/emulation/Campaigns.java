package vn.boardflow.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;

/**
 * A body's emulation campaigns (phong trào, đợt thi đua). The body's secretariat (its drafters, reviewers and
 * leaders) runs them; the units below the body, which they are run for, see them.
 */
public interface Campaigns {

    /** The campaigns the user sees, the latest first. */
    List<CampaignView> all();

    Optional<CampaignView> find(CampaignId id);

    /** The bodies whose campaigns and clusters the user may set up. */
    List<Body> bodies();

    CampaignId create(NewCampaign campaign);

    record Body(IssuingBodyId id, String label) {
    }

    record NewCampaign(IssuingBodyId bodyId, String name, LocalDate startsOn, LocalDate endsOn, String goals) {
    }

    /** @param mayManage the user is of the body's secretariat: may add agreements to it */
    record CampaignView(CampaignId id, IssuingBodyId bodyId, String bodyLabel, String name, LocalDate startsOn,
                        LocalDate endsOn, String goals, boolean mayManage) {
    }
}
