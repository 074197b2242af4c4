package vn.boardflow.drafting;

import java.time.Instant;
import java.util.List;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.boardflow.document.DocumentRef;
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

    /**
     * A draft as its page shows it to the signed-in user.
     *
     * @param revision      how many times it was saved: the number of its latest version
     * @param version       the row's version, for saving over it
     * @param origin        the feature whose screen writes it, or {@code null} for a draft written in the editor
     * @param returnComment why it came back, while it is written again; {@code null} otherwise
     * @param signOff       the leader's sign-off while it awaits issuance or after, {@code null} before
     * @param document      the issued document, once issued
     * @param actions       what the user may do with it now
     */
    record DraftView(DraftId id, IssuingBodyId issuingBodyId, String issuingBodyName, DraftContent content,
                     int revision, String drafter, Instant updatedAt, long version, DraftOrigin origin, DraftStatus status,
                     String returnComment, SignOff signOff, DocumentRef document, Set<DraftAction> actions) {

        public DraftView {
            actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        }

        public boolean may(DraftAction action) {
            return actions.contains(action);
        }
    }

    /** Who signed off which version, and when; the clerk issues exactly that version. */
    record SignOff(int revision, String signedBy, String signerName, Instant signedAt) {
    }

    record DraftSummary(DraftId id, String issuingBodyName, DocumentType type, String summary, int revision,
                        String drafter, Instant updatedAt, DraftStatus status) {
    }
}
