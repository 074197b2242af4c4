package vn.boardflow.inspection.internal;

import vn.boardflow.org.UnitId;

/**
 * What a piece of evidence backs: a criterion of a ward's inspection, or one of its remedial tasks. Who may
 * read and attach it, and until when, are the inspection's rules; the evidence only keeps the files.
 */
public interface EvidenceTargets {

    /** The ward the inspection is of. */
    UnitId wardOf(long wardInspectionId);

    /** Refuses unless the signed-in user may see the inspection's evidence. */
    void checkReads(long wardInspectionId);

    /**
     * A criterion's evidence comes from the team while the checklist is open, or from the ward while it
     * scores itself; a remedial task's from the ward while the task is open.
     *
     * @param criterionCode the criterion it backs, or {@code null} for a remedial task's evidence
     * @param remedyId      the remedial task it shows done, or {@code null}
     */
    void checkMayAttach(long wardInspectionId, String criterionCode, Long remedyId);

    /** Whether what the evidence backs is still open to the signed-in user. */
    boolean stillOpen(long wardInspectionId, String criterionCode, Long remedyId);
}
