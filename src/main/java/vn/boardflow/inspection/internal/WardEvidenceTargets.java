package vn.boardflow.inspection.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

@Component
class WardEvidenceTargets implements EvidenceTargets {

    private final WardRecords records;
    private final WardRemedies remedies;
    private final WardAccess wardAccess;

    WardEvidenceTargets(WardRecords records, WardRemedies remedies, WardAccess wardAccess) {
        this.records = records;
        this.remedies = remedies;
        this.wardAccess = wardAccess;
    }

    @Override
    public UnitId wardOf(long wardInspectionId) {
        return records.load(wardInspectionId).wardId();
    }

    @Override
    public void checkReads(long wardInspectionId) {
        WardInspection inspection = records.load(wardInspectionId);
        wardAccess.checkReads(inspection, records.roundOf(inspection));
    }

    @Override
    public void checkMayAttach(long wardInspectionId, String criterionCode, Long remedyId) {
        WardInspection inspection = records.load(wardInspectionId);
        if (remedyId != null) {
            WardRemedies.RemedyTarget task = remedies.target(remedyId)
                    .filter(found -> found.wardInspectionId() == inspection.id())
                    .orElseThrow(() -> new RuleViolation("remedy.error.notFound"));
            wardAccess.checkWard(task.wardId());
        } else {
            boolean known = records.checklistOf(inspection).criteria().stream()
                    .anyMatch(criterion -> criterion.code().equals(criterionCode));
            if (!known) {
                throw new RuleViolation("inspection.error.evidenceTarget");
            }
            AccessPolicy.require(wardAccess.isTeam(inspection) || wardAccess.ofWard(inspection.wardId()));
        }
        if (!stillOpen(wardInspectionId, criterionCode, remedyId)) {
            throw new RuleViolation("inspection.error.evidenceClosed");
        }
    }

    @Override
    public boolean stillOpen(long wardInspectionId, String criterionCode, Long remedyId) {
        if (remedyId != null) {
            return remedies.target(remedyId).map(WardRemedies.RemedyTarget::open).orElse(false);
        }
        WardInspection inspection = records.load(wardInspectionId);
        if (wardAccess.isTeam(inspection)) {
            return inspection.open();
        }
        return inspection.open() && !inspection.selfSubmitted() && records.roundOf(inspection).selfAssessment();
    }
}
