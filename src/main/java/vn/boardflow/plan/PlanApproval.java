package vn.boardflow.plan;

import java.time.LocalDate;
import vn.boardflow.document.IssuedDocumentView;

/**
 * The steps of the {@code annualPlan} process. Each moves the plan and completes its task in one
 * transaction, checks the user's role in the plan's body and that the plan is at that step, and
 * records who did it (and for whom, as a substitute) with the comment.
 */
public interface PlanApproval {

    /** The drafter submits the saved draft; refused while the ward shares do not add up. */
    void submit(PlanId planId, long version);

    /** The drafter withdraws the plan, in draft or while under review. */
    void cancel(PlanId planId, String reason);

    /** The reviewer approves; the plan goes to the leader. */
    void approve(PlanId planId, String comment);

    /** The reviewer or the leader returns the plan to its drafter with a comment, which is required. */
    void returnToDrafter(PlanId planId, String comment);

    /** The leader signs off; the plan goes to the records clerk. */
    void signOff(PlanId planId, String comment);

    /**
     * The clerk issues the plan: number from the register, the Word file rendered after the commit, the
     * distribution list's units given it among their incoming documents.
     */
    IssuedDocumentView issue(PlanId planId, LocalDate issuedOn);
}
