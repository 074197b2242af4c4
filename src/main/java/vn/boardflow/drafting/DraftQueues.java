package vn.boardflow.drafting;

import java.util.List;
import vn.boardflow.drafting.DocumentDrafts.DraftSummary;

/** The drafts waiting for the signed-in user, or for a colleague they stand in for: the longest waiting first. */
public interface DraftQueues {

    /** Every draft with a step of its route waiting for the user: to write again, review, sign or issue. */
    List<DraftSummary> waitingForMe();

    /** The leader's queue: the drafts waiting for the user's signature. */
    List<DraftSummary> toSign();
}
