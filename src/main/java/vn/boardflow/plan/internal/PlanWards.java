package vn.boardflow.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.plan.AnnualPlans.Ward;
import vn.boardflow.plan.AnnualPlans.WardTarget;
import vn.boardflow.plan.PlanContent.TargetLine;

/**
 * The wards a body allocates to, and what issued plans ask of a ward. A ward officer holds a role in the
 * ward's board, below the ward, so a unit's ward is the unit itself or the nearest ward above it.
 */
@Component
class PlanWards {

    private final AnnualPlanRepository plans;
    private final IssuingBodies bodies;
    private final Organisation organisation;

    PlanWards(AnnualPlanRepository plans, IssuingBodies bodies, Organisation organisation) {
        this.plans = plans;
        this.bodies = bodies;
        this.organisation = organisation;
    }

    /** The open wards below the body's unit, in the order of the tree. */
    static List<Ward> of(OrgChart chart, UnitId unitId) {
        return chart.below(unitId, UnitType.WARD).stream().map(ward -> new Ward(ward.id(), ward.name())).toList();
    }

    /** The shares that issued plans of the bodies above gave to the wards of these units, newest year first. */
    List<WardTarget> forUnits(Collection<UnitId> units) {
        OrgChart chart = organisation.today();
        Set<UnitId> wards = chart.nearest(units, UnitType.WARD);
        if (wards.isEmpty()) {
            return List.of();
        }
        Set<UnitId> above = new HashSet<>();
        wards.forEach(ward -> chart.ancestors(ward).forEach(unit -> above.add(unit.id())));
        Map<IssuingBodyId, IssuingBodyView> byId = new LinkedHashMap<>();
        bodies.all().forEach(body -> byId.put(body.id(), body));
        List<WardTarget> targets = new ArrayList<>();
        for (AnnualPlan plan : plans.findByStatusAndUnitIdIn(DraftStatus.ISSUED, UnitId.valuesOf(above))) {
            IssuingBodyView body = byId.get(plan.issuingBodyId());
            for (TargetLine line : plan.content().targets()) {
                for (UnitId ward : wards) {
                    if (line.allocated() && line.wardShares().containsKey(ward.value())) {
                        targets.add(new WardTarget(plan.planId(), plan.year(), body == null ? "" : body.nameOnOneLine(),
                                plan.documentSymbol(), ward, chart.nameOf(ward), line.indicator(),
                                line.unitOfMeasure(), line.shareOf(ward), line.cityValue()));
                    }
                }
            }
        }
        targets.sort(Comparator.comparingInt(WardTarget::year).reversed().thenComparingLong(target -> target.planId().value()));
        return targets;
    }
}
