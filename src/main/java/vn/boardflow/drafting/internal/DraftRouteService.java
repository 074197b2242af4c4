package vn.boardflow.drafting.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DraftEvents.DraftRouteSet;
import vn.boardflow.drafting.DraftRoute;
import vn.boardflow.drafting.DraftRoutes;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class DraftRouteService implements DraftRoutes {

    private final DraftRouteRepository settings;
    private final IssuingBodies bodies;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    DraftRouteService(DraftRouteRepository settings, IssuingBodies bodies, AccessPolicy access,
                      ApplicationEventPublisher events) {
        this.settings = settings;
        this.bodies = bodies;
        this.access = access;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public DraftRoute of(IssuingBodyId issuingBodyId, DocumentType type) {
        return settings.findByIssuingBodyIdAndType(issuingBodyId.value(), type).map(DraftRouteSetting::route)
                .orElse(DraftRoute.STANDARD);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<DocumentType, DraftRoute> setIn(IssuingBodyId issuingBodyId) {
        access.requireActsIn(body(issuingBodyId).unitId());
        Map<DocumentType, DraftRoute> routes = new EnumMap<>(DocumentType.class);
        settings.findByIssuingBodyId(issuingBodyId.value())
                .forEach(setting -> routes.put(setting.type(), setting.route()));
        return routes;
    }

    @Override
    public void set(IssuingBodyId issuingBodyId, DocumentType type, DraftRoute route) {
        IssuingBodyView body = body(issuingBodyId);
        access.requireAdministers(body.unitId());
        route.checkedFor(type);
        Optional<DraftRouteSetting> existing = settings.findByIssuingBodyIdAndType(issuingBodyId.value(), type);
        DraftRoute before = existing.map(DraftRouteSetting::route).orElse(DraftRoute.STANDARD);
        if (before.equals(route)) {
            return;
        }
        if (route.equals(DraftRoute.STANDARD)) {
            existing.ifPresent(settings::delete);
        } else if (existing.isPresent()) {
            existing.get().change(route);
        } else {
            settings.save(new DraftRouteSetting(issuingBodyId, type, route));
        }
        events.publishEvent(new DraftRouteSet(issuingBodyId.value(), body.unitId(), type.name(), before, route));
    }

    private IssuingBodyView body(IssuingBodyId issuingBodyId) {
        return bodies.find(issuingBodyId).orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
    }
}
