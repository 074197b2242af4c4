package vn.boardflow.plan;

import vn.boardflow.document.IssuingBodyId;

/** The drafter's work on a body's plan: starting it and saving the draft. Checks the drafter role in the body. */
public interface PlanDrafting {

    /**
     * Starts a draft and its approval process. With {@code copyPreviousYear}, the draft starts from the
     * body's plan of the year before (its texts, targets and shares, the year moved on).
     */
    PlanId create(NewPlan command);

    /**
     * Saves the draft; refuses when someone saved it since {@code version} was read, so nothing they wrote
     * is overwritten (the caller keeps what its user typed).
     *
     * @return the new version
     */
    long save(PlanId planId, long version, PlanContent content);

    record NewPlan(IssuingBodyId issuingBodyId, int year, boolean copyPreviousYear) {
    }
}
