package vn.boardflow.drafting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;

/**
 * Drafts of a body's documents. The body's drafters create them and every save keeps a version; the
 * drafting unit, the body's reviewers and its signers read them, nobody outside the body does.
 */
public interface DocumentDrafts {

    /** The bodies the user may start drafts for: those whose unit their drafter's role reaches. */
    List<IssuingBodyView> bodiesForDrafting();

    /** A new draft of the type for the body, as its first version. */
    DraftId create(IssuingBodyId issuingBodyId, DraftContent content);

    /**
     * Keeps the content as the next version. Refuses when someone saved the draft since {@code version} was
     * read, so two editors never overwrite each other.
     */
    DraftView save(DraftId id, long version, DraftContent content);

    Optional<DraftView> find(DraftId id);

    /** The drafts the user may read, the latest changed first. */
    List<DraftSummary> mine();

    /** Every saved version, the newest first. */
    List<DraftVersion> versions(DraftId id);

    /** The draft as it will print today, with what the format check finds in it. */
    Preview preview(DraftId id);

    /**
     * @param version  the row's version, for saving over it
     * @param revision how many times it was saved: the number of its latest version
     */
    record DraftView(DraftId id, IssuingBodyId issuingBodyId, String issuingBodyName, DraftContent content,
                     int revision, String drafter, Instant updatedAt, long version, boolean mayEdit) {
    }

    record DraftSummary(DraftId id, String issuingBodyName, DocumentType type, String summary, int revision,
                        String drafter, Instant updatedAt) {
    }

    record DraftVersion(int revision, DraftContent content, String savedBy, Instant savedAt) {
    }
}
