package vn.boardflow.document.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentEvents.IssuingBodySaved;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
class IssuingBodyService implements IssuingBodies {

    private final IssuingBodyRepository bodies;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    IssuingBodyService(IssuingBodyRepository bodies, AccessPolicy access, ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.access = access;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<IssuingBodyView> all() {
        return bodies.findAll().stream().map(IssuingBody::view).sorted(Comparator.comparing(IssuingBodyView::name))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<IssuingBodyView> reachable() {
        return all().stream().filter(body -> access.canActIn(body.unitId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<IssuingBodyView> where(Role role) {
        return all().stream().filter(body -> access.can(role, body.unitId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<IssuingBodyView> find(IssuingBodyId id) {
        return bodies.findById(id.value()).map(IssuingBody::view);
    }

    @Override
    @PreAuthorize("@access.canAdminister(#details.unitId())")
    public IssuingBodyId create(IssuingBodyDetails details) {
        if (bodies.findByUnitId(details.unitId().value()).isPresent()) {
            throw new RuleViolation("issuingBody.error.unitTaken");
        }
        IssuingBody body = bodies.saveAndFlush(new IssuingBody(details));
        events.publishEvent(new IssuingBodySaved(IssuingBodyId.of(body.id()), body.unitId(), null, body.view().toString()));
        return IssuingBodyId.of(body.id());
    }

    @Override
    public void update(IssuingBodyId id, long version, IssuingBodyDetails details) {
        IssuingBody body = bodies.findById(id.value()).orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        access.requireAdministers(body.unitId());
        access.requireAdministers(details.unitId());
        if (body.version() != version) {
            throw new RuleViolation("error.concurrentChange");
        }
        String before = body.view().toString();
        body.apply(details);
        bodies.flush();
        events.publishEvent(new IssuingBodySaved(IssuingBodyId.of(body.id()), body.unitId(), before, body.view().toString()));
    }
}
