package vn.boardflow.emulation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<ClusterAgreement, Long> {

    List<ClusterAgreement> findByCampaignIdOrderByYearDescIdAsc(long campaignId);

    List<ClusterAgreement> findByClusterIdOrderByYearDescSpanDesc(long clusterId);
}
