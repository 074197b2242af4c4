package vn.boardflow.emulation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<EmulationCampaign, Long> {

    List<EmulationCampaign> findByIssuingBodyIdInOrderByStartsOnDescIdDesc(Collection<Long> bodyIds);
}
