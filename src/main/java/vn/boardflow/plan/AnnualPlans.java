package vn.boardflow.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyView;

/**
 * Annual plans as drafters, reviewers, leaders and clerks of a body see them: drafting (with optimistic
 * locking), comments, the history, what changed between submissions and the process diagram. Ward
 * officers read their ward's allocated targets once a plan is issued. Every method checks the user's
 * role and units on the server.
 */
public interface AnnualPlans {

    List<PlanSummary> search(PlanFilter filter, int offset, int limit);

    int count(PlanFilter filter);

    Optional<PlanView> find(long planId);

    /** The bodies whose plans the user may draft. */
    List<IssuingBodyView> draftingBodies();

    /** The wards a body allocates targets to, in the order of the tree. */
    List<Ward> wards(long issuingBodyId);

    /** Whether the body has a plan of the year (cancelled ones aside), which a new plan may start from. */
    boolean exists(long issuingBodyId, int year);

    /**
     * Starts a draft and its approval process. With {@code copyPreviousYear}, the draft starts from the
     * body's plan of the year before (its texts, targets and shares, the year moved on).
     */
    long create(NewPlan command);

    /**
     * Saves the draft; refuses when someone saved it since {@code version} was read, so nothing they wrote
     * is overwritten (the caller keeps what its user typed).
     *
     * @return the new version
     */
    long save(long planId, long version, PlanContent content);

    List<PlanComment> comments(long planId);

    void comment(long planId, String text);

    /** Who did what and when, with the comment given, oldest first. */
    List<PlanEvent> history(long planId);

    /** What the drafter changed between the two latest submissions; empty before the second one. */
    List<PlanChange> changesSincePreviousSubmission(long planId);

    /** The approval process as PNG, its current step highlighted. */
    byte[] diagram(long planId);

    /** The targets issued plans gave to the user's wards. */
    List<WardTarget> wardTargets();

    record PlanFilter(Integer year, PlanStatus status, Long issuingBodyId) {

        public static PlanFilter none() {
            return new PlanFilter(null, null, null);
        }
    }

    record NewPlan(long issuingBodyId, int year, boolean copyPreviousYear) {
    }

    record Ward(long unitId, String name) {
    }

    record PlanComment(long id, Instant writtenAt, String author, String authorName, PlanStatus stage, String text) {
    }

    /** @param actingFor the colleague the actor stood in for, or {@code null} */
    record PlanEvent(Instant occurredAt, String actor, String actorName, String actingFor, String action,
                     String comment, PlanStatus statusAfter) {
    }

    /**
     * @param area  {@code field}, {@code section} or {@code target}
     * @param what  the field, section or indicator (and ward) that changed
     */
    record PlanChange(String area, String what, String before, String after) {
    }

    record WardTarget(long planId, int year, String issuingBodyName, String documentSymbol, long wardUnitId,
                      String wardName, String indicator, String unitOfMeasure, long share, long cityValue) {
    }
}
