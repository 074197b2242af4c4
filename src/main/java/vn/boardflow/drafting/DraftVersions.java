package vn.boardflow.drafting;

import java.time.Instant;
import java.util.List;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.shared.ContentChanges.Change;

/** A draft's saved versions, and its latest as it will print, for whoever may read the draft. */
public interface DraftVersions {

    /** Every saved version, the newest first. */
    List<DraftVersion> versions(DraftId id);

    /** The draft as it will print today, with what the format check finds in it. */
    Preview preview(DraftId id);

    /**
     * What changed since the version the user last saw: the latest they commented on or took a step on, or,
     * for one who has done neither, the version before the latest.
     */
    DraftChanges changesForMe(DraftId id);

    /** @param from the version compared, 0 when the draft has only one */
    record DraftChanges(int from, int to, List<Change> changes) {
    }

    record DraftVersion(int revision, DraftContent content, String savedBy, Instant savedAt) {
    }
}
