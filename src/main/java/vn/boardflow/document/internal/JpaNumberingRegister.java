package vn.boardflow.document.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentEvents.RegisterEntryVoided;
import vn.boardflow.document.DocumentEvents.RegisterNumbered;
import vn.boardflow.document.DocumentSymbol;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.TextFolding;

@Service
@Transactional
class JpaNumberingRegister implements NumberingRegister {

    private final IssuingBodyRepository bodies;
    private final RegisterEntryRepository entries;
    private final NumberingCounters counters;
    private final EntityManager entityManager;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaNumberingRegister(IssuingBodyRepository bodies, RegisterEntryRepository entries, NumberingCounters counters,
                         EntityManager entityManager, AccessPolicy access, CurrentUser currentUser, ApplicationEventPublisher events,
                         Clock clock) {
        this.bodies = bodies;
        this.entries = entries;
        this.counters = counters;
        this.entityManager = entityManager;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RegisterEntryView issue(IssueNumber command) {
        NumberingSettings body = bodies.numberingSettings(command.issuingBodyId().value())
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        access.requireActsIn(Role.CLERK, body.unitId());
        if (command.type() == null || command.issuedOn() == null) {
            throw new RuleViolation("register.error.typeAndDateRequired");
        }
        // everything a number is written into is checked before the number is spent
        RegisteredContent content = new RegisteredContent(command.summary(), command.signer(), command.recipients(),
                command.copies(), command.keptBy());
        String afterNumber = DocumentSymbol.afterNumber(body.profile(), command.type(), body.abbreviation(),
                command.draftingUnit());

        String sequence = body.scheme().sequenceKey(command.type());
        int number = counters.next(body.bodyId(), command.issuedOn().getYear(), sequence);
        DocumentSymbol symbol = new DocumentSymbol(number, DocumentSymbol.padded(number) + afterNumber);
        RegisterEntry entry = entries.save(new RegisterEntry(body.bodyId(), sequence, symbol, command.type(),
                command.issuedOn(), content, clock.instant(), currentUser.actor().username()));
        events.publishEvent(new RegisterNumbered(entry.id(), body.unitId(), symbol.text(), command.issuedOn(),
                content.summary()));
        return entry.view();
    }

    @Override
    public void voidNumber(long entryId, String reason) {
        RegisterEntry entry = entries.findById(entryId).orElseThrow(() -> new RuleViolation("register.error.notFound"));
        IssuingBody body = bodies.getReferenceById(entry.issuingBodyId());
        access.requireActsIn(Role.CLERK, body.unitId());
        entry.voidWith(reason);
        events.publishEvent(new RegisterEntryVoided(entryId, body.unitId(), reason.strip()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RegisterEntryView> entries(RegisterFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<RegisterEntry> query = cb.createQuery(RegisterEntry.class);
        Root<RegisterEntry> entry = query.from(RegisterEntry.class);
        query.where(matching(filter, cb, entry))
                .orderBy(cb.desc(entry.get("year")), cb.asc(entry.get("issuingBodyId")), cb.asc(entry.get("number")),
                        cb.asc(entry.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(RegisterEntry::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(RegisterFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<RegisterEntry> entry = query.from(RegisterEntry.class);
        query.select(cb.count(entry)).where(matching(filter, cb, entry));
        return Math.toIntExact(entityManager.createQuery(query).getSingleResult());
    }

    /** A user reads the registers of the bodies whose unit one of their roles reaches. */
    private Predicate[] matching(RegisterFilter filter, CriteriaBuilder cb, Root<RegisterEntry> entry) {
        Map<Long, UnitId> unitByBody = new HashMap<>();
        bodies.findAll().forEach(body -> unitByBody.put(body.id(), body.unitId()));
        List<Long> readable = unitByBody.entrySet().stream()
                .filter(body -> access.canActIn(body.getValue())).map(Map.Entry::getKey).toList();
        AccessPolicy.require(filter.issuingBodyId() == null || readable.contains(filter.issuingBodyId().value()));
        List<Predicate> where = new ArrayList<>();
        where.add(readable.isEmpty() ? cb.disjunction() : entry.get("issuingBodyId").in(readable));
        if (filter.issuingBodyId() != null) {
            where.add(cb.equal(entry.get("issuingBodyId"), filter.issuingBodyId().value()));
        }
        if (filter.year() != null) {
            where.add(cb.equal(entry.get("year"), filter.year()));
        }
        if (filter.type() != null) {
            where.add(cb.equal(entry.get("type"), filter.type()));
        }
        for (String word : TextFolding.words(filter.text())) {
            where.add(cb.like(entry.get("searchText"), "%" + word + "%"));
        }
        return where.toArray(Predicate[]::new);
    }
}
