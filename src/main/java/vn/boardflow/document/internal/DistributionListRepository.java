package vn.boardflow.document.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistributionListRepository extends JpaRepository<DistributionList, Long> {

    List<DistributionList> findByIssuingBodyIdOrderByName(long issuingBodyId);
}
