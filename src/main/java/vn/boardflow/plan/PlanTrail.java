package vn.boardflow.plan;

import java.time.Instant;
import java.util.List;
import vn.boardflow.shared.ContentChanges.Change;

/** What a plan went through: its steps, what changed between submissions, and where its process stands. */
public interface PlanTrail {

    /** Who did what and when, with the comment given, oldest first. */
    List<PlanEvent> history(PlanId planId);

    /** What the drafter changed between the two latest submissions; empty before the second one. */
    List<Change> changesSincePreviousSubmission(PlanId planId);

    /** The approval process as PNG, its current step highlighted. */
    byte[] diagram(PlanId planId);

    /** @param actingFor the colleague the actor stood in for, or {@code null} */
    record PlanEvent(Instant occurredAt, String actor, String actorName, String actingFor, String action,
                     String comment, PlanStatus statusAfter) {
    }
}
