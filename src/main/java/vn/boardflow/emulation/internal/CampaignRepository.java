package vn.boardflow.emulation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<EmulationCampaign, Long> {

    List<EmulationCampaign> findByIssuingBodyIdInOrderByStartsOnDescIdDesc(Collection<Long> bodyIds);

    @Query("select distinct c.issuingBodyId from EmulationCampaign c")
    List<Long> bodiesWithCampaigns();
}
