package vn.boardflow.emulation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClusterRepository extends JpaRepository<EmulationCluster, Long> {

    List<EmulationCluster> findByIssuingBodyIdInOrderByIdAsc(Collection<Long> bodyIds);

    @Query("select distinct c from EmulationCluster c join c.members m where m in :units order by c.id")
    List<EmulationCluster> withMemberIn(Collection<Long> units);
}
