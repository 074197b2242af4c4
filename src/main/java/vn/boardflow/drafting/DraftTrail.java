package vn.boardflow.drafting;

import java.time.Instant;
import java.util.List;

/** What a draft went through: who took which step when, and where its process stands. */
public interface DraftTrail {

    /** Oldest first. */
    List<DraftStep> history(DraftId id);

    /** The route as PNG, the current step highlighted. */
    byte[] diagram(DraftId id);

    /**
     * @param actingFor the colleague the actor stood in for, or {@code null}
     * @param revision  the version the step was taken on
     */
    record DraftStep(Instant occurredAt, String actorName, String actingFor, String action, int revision,
                     String comment, DraftStatus statusAfter) {
    }
}
