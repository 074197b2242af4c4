package vn.boardflow.emulation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<CommendationProposal, Long> {

    List<CommendationProposal> findByCampaignIdOrderByIdDesc(long campaignId);
}
