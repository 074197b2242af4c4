package vn.boardflow.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The checklists rounds are opened with; each change is a new revision, and old rounds keep theirs. The
 * secretariats' drafters and the boards' leaders publish revisions and retire checklists no longer used.
 */
public interface ChecklistTemplates {

    /** The latest revision of each checklist still in use. */
    List<TemplateView> current();

    Optional<TemplateView> find(long id);

    /** Every revision of the checklist this one is a revision of, newest first. */
    List<TemplateView> revisions(long templateId);

    /** Whether the signed-in user may publish and retire checklists. */
    boolean mayEdit();

    /**
     * Saves the checklist as the next revision of its name, or as the first revision of a new name.
     *
     * @param basedOnId the revision the editor started from, so that a save over a revision published
     *                  meanwhile is refused rather than silently undoing it; {@code null} for a new checklist
     */
    TemplateView publish(Long basedOnId, Checklist checklist);

    /** New rounds are no longer offered this checklist; rounds opened with it keep it. One must stay in use. */
    void retire(long templateId);

    record TemplateView(long id, int revision, Checklist checklist, boolean inUse, Instant createdAt,
                        String createdBy) {
    }
}
