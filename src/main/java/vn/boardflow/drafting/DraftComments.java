package vn.boardflow.drafting;

import java.time.Instant;
import java.util.List;

/** Ý kiến on a draft, each on the version its writer read, so the drafter sees what it was about. */
public interface DraftComments {

    int MAX_TEXT = 4000;

    /** A comment on the draft's latest version, by anyone who may read the draft. */
    void comment(DraftId id, String text);

    /** The draft's comments, the oldest first. */
    List<DraftComment> of(DraftId id);

    record DraftComment(int revision, String author, String text, Instant at) {
    }
}
