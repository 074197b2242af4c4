package vn.boardflow.plan.internal;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.plan.Indicators;
import vn.boardflow.shared.RuleViolation;

/** The catalogue is shared by every body, so administrators keep it. */
@Service
@Transactional
class IndicatorService implements Indicators {

    private final IndicatorRepository indicators;
    private final AuditLog auditLog;

    IndicatorService(IndicatorRepository indicators, AuditLog auditLog) {
        this.indicators = indicators;
        this.auditLog = auditLog;
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
        auditLog.record(AuditRecord.of("indicator.created", "Indicator", indicator.view().id(), null, null,
                state(details)));
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
        auditLog.record(AuditRecord.of("indicator.updated", "Indicator", id, null,
                state(new IndicatorDetails(before.name(), before.unitOfMeasure(), before.allocated(), before.active())),
                state(details)));
    }

    private static Map<String, Object> state(IndicatorDetails details) {
        return Map.of("name", details.name(), "unitOfMeasure", details.unitOfMeasure(),
                "allocated", details.allocated(), "active", details.active());
    }
}
