package vn.boardflow.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderByPositionAscIdAsc();

    @Query("select coalesce(max(i.position), 0) from Indicator i")
    int lastPosition();
}
