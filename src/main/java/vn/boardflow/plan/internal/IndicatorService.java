package vn.boardflow.plan.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.plan.Indicators;
import vn.boardflow.plan.PlanEvents.IndicatorSaved;
import vn.boardflow.shared.RuleViolation;

/** The catalogue is shared by every body, so administrators keep it. */
@Service
@Transactional
class IndicatorService implements Indicators {

    private final IndicatorRepository indicators;
    private final ApplicationEventPublisher events;

    IndicatorService(IndicatorRepository indicators, ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<IndicatorView> list(boolean includeRetired) {
        return indicators.findAllByOrderByPositionAscIdAsc().stream().map(Indicator::view)
                .filter(indicator -> includeRetired || indicator.active()).toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public long create(IndicatorDetails details) {
        Indicator indicator = indicators.save(new Indicator(details, indicators.lastPosition() + 1));
        events.publishEvent(new IndicatorSaved(indicator.view().id(), null, details));
        return indicator.view().id();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void update(long id, long version, IndicatorDetails details) {
        Indicator indicator = indicators.findById(id).orElseThrow(() -> new RuleViolation("indicator.error.notFound"));
        if (indicator.version() != version) {
            throw new RuleViolation("indicator.error.changedMeanwhile");
        }
        IndicatorView before = indicator.view();
        indicator.apply(details);
        events.publishEvent(new IndicatorSaved(id,
                new IndicatorDetails(before.name(), before.unitOfMeasure(), before.allocated(), before.active()), details));
    }
}
