package vn.boardflow.drafting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.boardflow.drafting.DraftRoute;
import vn.boardflow.shared.RuleViolation;

/**
 * Where a draft stands among the review steps of the route it was sent on: one review or two, the leader signing
 * or not, the step it is at, and who agreed at the first of two, since the second needs another reviewer.
 */
@Embeddable
class ReviewPosition {

    /** 1 or 2 while under review, 0 otherwise. */
    @Column(name = "review_step", nullable = false)
    private int step;

    @Column(name = "review_steps", nullable = false)
    private int steps;

    @Column(name = "leader_signs", nullable = false)
    private boolean leaderSigns;

    @Column(name = "first_reviewer")
    private String firstReviewer;

    protected ReviewPosition() {
    }

    /** Not under review yet, on the route a draft takes unless its body sets another. */
    static ReviewPosition notSent() {
        ReviewPosition position = new ReviewPosition();
        position.steps = DraftRoute.STANDARD.reviewSteps();
        position.leaderSigns = DraftRoute.STANDARD.leaderSigns();
        return position;
    }

    /** Sent along the route, at its first review step. */
    void start(DraftRoute route) {
        this.steps = route.reviewSteps();
        this.leaderSigns = route.leaderSigns();
        this.step = 1;
        this.firstReviewer = null;
    }

    void leave() {
        this.step = 0;
    }

    /**
     * The current reviewer agrees. Two review steps are two people.
     *
     * @return whether the reviews are done; {@code false} while on to the second
     */
    boolean agreed(String by) {
        if (step == 1 && steps == 2) {
            this.firstReviewer = by;
            this.step = 2;
            return false;
        }
        if (by.equals(firstReviewer)) {
            throw new RuleViolation("draft.error.sameReviewer");
        }
        this.step = 0;
        return true;
    }

    /** Whether the reviewer at this step signs off in the leader's place: the route's last step, no leader. */
    boolean reviewerSigns() {
        return !leaderSigns && step == steps;
    }

    boolean leaderSigns() {
        return leaderSigns;
    }

    int step() {
        return step;
    }
}
