package vn.boardflow.emulation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.emulation.Proposals.ProposalFile;

interface ProposalFileRepository extends JpaRepository<ProposalFileRecord, Long> {

    /** The proposals' files without their bytes, as {@code [proposalId, file]}. */
    @Query("""
            select f.proposalId, new vn.boardflow.emulation.Proposals$ProposalFile(f.id, f.kind, f.fileName,
                f.contentType, f.size)
            from ProposalFileRecord f where f.proposalId in :proposalIds order by f.kind, f.id""")
    List<Object[]> listed(Collection<Long> proposalIds);

    @Modifying
    @Query("delete from ProposalFileRecord f where f.proposalId = :proposalId")
    void deleteOf(long proposalId);
}
