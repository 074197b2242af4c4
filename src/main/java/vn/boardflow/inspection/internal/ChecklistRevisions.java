package vn.boardflow.inspection.internal;

import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.inspection.Checklist;

/**
 * What rounds ask of the checklist they are opened with. No one need be signed in: the daily timer opens
 * rounds unattended, and a round's papers are rendered from the revision it keeps.
 */
public interface ChecklistRevisions {

    /** The checklist of a revision a round was opened with, which is never deleted. */
    Checklist of(long templateId);

    /** A round is opened, or revised, only with a checklist still in use, of its body or of the system. */
    void checkAvailable(long templateId, IssuingBodyId issuingBodyId);

    /**
     * The latest revision of the checklist a round was opened with; once that is retired, the first checklist
     * in use that the body may open rounds with (its own or the system's).
     */
    long latestRevisionOf(long templateId, IssuingBodyId issuingBodyId);
}
