package vn.boardflow.emulation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.emulation.ScorecardEvidence.EvidenceFile;

interface ScorecardFileRepository extends JpaRepository<ScorecardFile, Long> {

    /** A card's files without their bytes. */
    @Query("""
            select new vn.boardflow.emulation.ScorecardEvidence$EvidenceFile(f.id, f.criterion, f.fileName,
                f.contentType, f.size)
            from ScorecardFile f where f.scorecardId = :scorecardId order by f.criterion, f.id""")
    List<EvidenceFile> listed(long scorecardId);
}
