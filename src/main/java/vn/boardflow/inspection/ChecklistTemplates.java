package vn.boardflow.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;

/**
 * The checklists rounds are opened with; each change is a new revision, and old rounds keep theirs. A
 * checklist belongs to a body: its secretariat's drafters and its leaders publish revisions and retire it,
 * everyone else reads it. The checklists that come with the system belong to no body: any body opens rounds
 * with them and saves its own from them, and administrators revise them.
 */
public interface ChecklistTemplates {

    /** The latest revision of each checklist still in use, every body's. */
    List<TemplateView> current();

    /** The checklists a round of the body may be opened with: the system's and the body's own, in use. */
    List<TemplateView> availableTo(IssuingBodyId issuingBodyId);

    Optional<TemplateView> find(long id);

    /** Every revision of the checklist this one is a revision of, newest first. */
    List<TemplateView> revisions(long templateId);

    /** Whether the signed-in user may revise and retire the checklist. */
    boolean mayRevise(long templateId);

    /** The bodies the signed-in user may save new checklists for: those where they draft or lead. */
    List<IssuingBodyView> bodiesForNewChecklists();

    /**
     * Saves the checklist as the next revision of the one it was edited from; its name and body stay.
     *
     * @param basedOnId the revision the editor started from, so that a save over a revision published
     *                  meanwhile is refused rather than silently undoing it
     */
    TemplateView revise(long basedOnId, Checklist checklist);

    /** Saves the checklist as the first revision of a new one of the body; its name must be new. */
    TemplateView create(IssuingBodyId issuingBodyId, Checklist checklist);

    /** New rounds are no longer offered this checklist; rounds opened with it keep it. One must stay in use. */
    void retire(long templateId);

    /** @param issuingBodyId the body whose checklist it is, or {@code null} for one that comes with the system */
    record TemplateView(long id, int revision, Checklist checklist, boolean inUse, IssuingBodyId issuingBodyId,
                        Instant createdAt, String createdBy) {
    }
}
