package vn.boardflow.drafting;

import vn.boardflow.document.IssuingBodyId;

/**
 * The drafts features write on their own screens, an annual plan or an inspection round's papers among them: the
 * feature gives the content, as it will print, at each of its saves, and the draft takes the same route with the
 * same versions, comments, sign-off and issuance as any other ({@link DraftApproval}, {@link DraftVersions},
 * {@link DraftComments}). Each call checks that the user drafts for the body; the drafts editor leaves such a
 * draft to its feature.
 */
public interface FeatureDrafts {

    /** A new draft of the feature's record, as its first version, on the first step of its route. */
    DraftId open(DraftOrigin origin, IssuingBodyId issuingBodyId, DraftContent content);

    /**
     * The feature's content as the draft's next version. The feature keeps its own record from being saved over;
     * as for any draft, a change after sign-off sends it back to be signed again, and a draft on its way to a
     * reviewer or the leader is not changed.
     */
    void write(DraftId id, DraftContent content);
}
