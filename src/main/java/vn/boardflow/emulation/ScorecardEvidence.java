package vn.boardflow.emulation;

import java.util.List;
import vn.boardflow.org.UnitId;

/**
 * The files backing a member's own scores (minh chứng), one criterion each: the member's officers attach and
 * remove them until its own scores are sent, checked by their content and size as an inspection's evidence is and
 * photos shrunk; whoever sees the scorecard reads them.
 */
public interface ScorecardEvidence {

    EvidenceFile attach(AgreementId agreementId, UnitId unitId, String criterionCode, String fileName, byte[] bytes);

    void remove(AgreementId agreementId, UnitId unitId, long fileId);

    /** The member's files, without their bytes, by criterion and then as attached. */
    List<EvidenceFile> of(AgreementId agreementId, UnitId unitId);

    StoredFile file(long fileId);

    record EvidenceFile(long id, String criterion, String fileName, String contentType, int size) {
    }
}
