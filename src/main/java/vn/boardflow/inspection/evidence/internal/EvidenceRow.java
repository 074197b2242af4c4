package vn.boardflow.inspection.evidence.internal;

import java.time.Instant;
import vn.boardflow.inspection.InspectionEvidence.EvidenceView;
import vn.boardflow.inspection.WardInspectionId;

/** A piece of evidence as lists show it, read without its bytes. */
record EvidenceRow(Long id, long wardInspectionId, String criterionCode, Long remedyId, String fileName,
                   String contentType, int size, String uploadedBy, Instant uploadedAt) {

    EvidenceView view(boolean mayRemove) {
        return new EvidenceView(id, WardInspectionId.of(wardInspectionId), criterionCode, remedyId, fileName, contentType, size, uploadedBy,
                uploadedAt, mayRemove);
    }
}
