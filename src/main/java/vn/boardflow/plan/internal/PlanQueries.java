package vn.boardflow.plan.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanSummary;
import vn.boardflow.plan.PlanView;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class PlanQueries implements AnnualPlans {

    private final AnnualPlanRepository plans;
    private final ReachablePlans reachable;
    private final PlanViews views;
    private final IssuingBodies bodies;
    private final PlanWards planWards;
    private final Organisation organisation;
    private final AccessPolicy access;

    PlanQueries(AnnualPlanRepository plans, ReachablePlans reachable, PlanViews views, IssuingBodies bodies, PlanWards planWards,
                Organisation organisation, AccessPolicy access) {
        this.plans = plans;
        this.reachable = reachable;
        this.views = views;
        this.bodies = bodies;
        this.planWards = planWards;
        this.organisation = organisation;
        this.access = access;
    }

    @Override
    public List<PlanSummary> search(PlanFilter filter, int offset, int limit) {
        Map<IssuingBodyId, IssuingBodyView> reachable = reachableBodies();
        if (reachable.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size,
                Sort.by(Sort.Order.desc("year"), Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        return plans.findAll(AnnualPlanRepository.matching(units(reachable), filter), page).stream()
                .map(plan -> new PlanSummary(plan.planId(), plan.issuingBodyId(),
                        PlanViews.bodyName(reachable.get(plan.issuingBodyId())), plan.year(), plan.status(),
                        plan.content().summary(), plan.documentSymbol(), plan.updatedAt()))
                .toList();
    }

    @Override
    public int count(PlanFilter filter) {
        Map<IssuingBodyId, IssuingBodyView> reachable = reachableBodies();
        return reachable.isEmpty() ? 0
                : Math.toIntExact(plans.count(AnnualPlanRepository.matching(units(reachable), filter)));
    }

    @Override
    public Optional<PlanView> find(PlanId planId) {
        return plans.findById(planId.value()).map(plan -> {
            access.requireActsIn(plan.unitId());
            return views.of(plan);
        });
    }

    @Override
    public List<IssuingBodyView> draftingBodies() {
        return bodies.where(Role.DRAFTER);
    }

    @Override
    public List<Ward> wards(IssuingBodyId issuingBodyId) {
        return PlanWards.of(organisation.today(), reachable.body(issuingBodyId).unitId());
    }

    @Override
    public List<WardTarget> wardTargets() {
        return planWards.forUnits(access.ownUnits());
    }

    @Override
    public boolean exists(IssuingBodyId issuingBodyId, int year) {
        reachable.draftedBody(issuingBodyId);
        return !plans.current(issuingBodyId.value(), year).isEmpty();
    }

    private Map<IssuingBodyId, IssuingBodyView> reachableBodies() {
        Map<IssuingBodyId, IssuingBodyView> reachable = new LinkedHashMap<>();
        bodies.reachable().forEach(body -> reachable.put(body.id(), body));
        return reachable;
    }

    private static Collection<Long> units(Map<IssuingBodyId, IssuingBodyView> bodies) {
        return UnitId.valuesOf(bodies.values().stream().map(IssuingBodyView::unitId).toList());
    }
}
