package vn.boardflow.emulation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommendationRuleRepository extends JpaRepository<CommendationRuleRecord, Long> {

    List<CommendationRuleRecord> findAllByOrderByCodeAscSpanValidFromAsc();
}
