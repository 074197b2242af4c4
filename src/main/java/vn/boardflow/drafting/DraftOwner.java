package vn.boardflow.drafting;

import java.util.Set;
import vn.boardflow.org.Role;

/**
 * A feature with rules of its own for sending the drafts it writes (see {@link DraftOrigin}). Drafting asks it
 * before one of its drafts goes on the route, so the feature's rules hold whichever screen sends it: a plan whose
 * ward shares do not add up is not sent for review from the plan's page nor from the draft's.
 */
public interface DraftOwner {

    /** The name its drafts' origin carries. */
    String feature();

    /** Refuses, with a {@link vn.boardflow.shared.RuleViolation}, a record the feature would not send as it stands. */
    void checkSubmittable(long subjectId);

    /**
     * Who writes the feature's drafts in the body: its drafters, and where the feature says so its own people (the
     * accountant drafts the decisions on funds).
     */
    default Set<Role> draftingRoles() {
        return Set.of(Role.DRAFTER);
    }
}
