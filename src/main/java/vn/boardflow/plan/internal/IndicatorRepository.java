package vn.boardflow.plan.internal;

import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.plan.PlanContent.TargetLine;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderByPositionAscIdAsc();

    /** The active indicators, in order, as the target lines a new plan starts with. */
    default List<TargetLine> activeTargetLines() {
        return findAllByOrderByPositionAscIdAsc().stream()
                .map(Indicator::view)
                .filter(indicator -> indicator.active())
                .map(indicator -> new TargetLine(indicator.id(), indicator.name(), indicator.unitOfMeasure(),
                        indicator.allocated(), 0, Map.of()))
                .toList();
    }

    @Query("select coalesce(max(i.position), 0) from Indicator i")
    int lastPosition();
}
