package vn.boardflow.plan.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanEvents.PlanCreated;
import vn.boardflow.plan.PlanEvents.PlanSaved;
import vn.boardflow.plan.PlanId;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class PlanDraftingService implements PlanDrafting {

    private final AnnualPlanRepository plans;
    private final ReachablePlans reachable;
    private final IndicatorRepository indicators;
    private final PlanRoute route;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanDraftingService(AnnualPlanRepository plans, ReachablePlans reachable, IndicatorRepository indicators,
                        PlanRoute route, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.reachable = reachable;
        this.indicators = indicators;
        this.route = route;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PlanId create(NewPlan command) {
        IssuingBodyView body = reachable.draftedBody(command.issuingBodyId());
        if (!plans.current(body.id().value(), command.year()).isEmpty()) {
            throw new RuleViolation("plan.error.exists", command.year());
        }
        PlanContent content = command.copyPreviousYear() ? copyOfPreviousYear(body, command.year())
                : PlanDrafts.blank(body, command.year(), indicators.activeTargetLines());
        AnnualPlan plan = plans.save(new AnnualPlan(body.id(), body.unitId(), command.year(), content,
                currentUser.actor().username(), clock.instant()));
        route.carry(plan);
        events.publishEvent(new PlanCreated(plan.planId(), plan.unitId(), plan.year(), body.abbreviation(),
                command.copyPreviousYear()));
        return plan.planId();
    }

    private PlanContent copyOfPreviousYear(IssuingBodyView body, int year) {
        AnnualPlan previous = plans.current(body.id().value(), year - 1).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("plan.error.noPreviousYear", year - 1));
        return PlanDrafts.movedOn(previous.content(), year - 1, year);
    }

    @Override
    public long save(PlanId planId, long version, PlanContent content) {
        AnnualPlan plan = reachable.drafted(planId);
        plan.checkVersion(version);
        String summaryBefore = plan.content().summary();
        plan.edit(PlanDrafts.checked(content), currentUser.actor().username(), clock.instant());
        route.carry(plan);
        plans.flush();
        events.publishEvent(new PlanSaved(plan.planId(), plan.unitId(), version, summaryBefore, plan.version(),
                content.summary()));
        return plan.version();
    }
}
