package vn.boardflow.inspection;

import java.time.Instant;
import java.util.List;

/**
 * Photos and files that back a ward's scores or show a shortfall put right. The team attaches them to a
 * criterion while it fills the checklist, the ward's officers while they score themselves or report a
 * remedial task done. Files are checked by their content; photos are shrunk on the server.
 */
public interface InspectionEvidence {

    EvidenceView attach(Attach command);

    /** The evidence of a ward's inspection, of its criteria and of its remedial tasks, oldest first. */
    List<EvidenceView> of(WardInspectionId wardInspectionId);

    EvidenceFile file(long evidenceId);

    /** The person who attached it takes it back, while what it backs is still open to them. */
    void remove(long evidenceId);

    /**
     * @param criterionCode the criterion it backs, or {@code null} for a remedial task's evidence
     * @param remedyId      the remedial task it shows done, or {@code null}
     */
    record Attach(WardInspectionId wardInspectionId, String criterionCode, Long remedyId, String fileName, byte[] content) {
    }

    record EvidenceView(long id, WardInspectionId wardInspectionId, String criterionCode, Long remedyId, String fileName,
                        String contentType, int size, String uploadedBy, Instant uploadedAt, boolean mayRemove) {
    }

    record EvidenceFile(String fileName, String contentType, byte[] content) {
    }
}
