package vn.boardflow.org.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Actor;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.Audited;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;

@Service
class DatabaseAuditLog implements AuditLog {

    static final String SYSTEM = "system";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEntryRepository entries;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    DatabaseAuditLog(AuditEntryRepository entries, EntityManager entityManager, CurrentUser currentUser,
                     AccessPolicy access, Clock clock) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditRecord record) {
        Actor actor = currentUser.find().orElse(null);
        entries.save(new AuditEntry(clock.instant(),
                actor == null ? SYSTEM : actor.username(),
                actor == null ? null : actor.fullName(),
                record.actingFor(), record.action(), record.entityType(), record.entityId(), record.unitId(),
                toJson(record.before()), toJson(record.after())));
    }

    /** In the publisher's transaction, not after it: the entry commits or rolls back with the change. */
    @EventListener
    void on(Audited event) {
        record(event.audit());
    }

    /** Keys sorted, so two states of the same entity line up when compared by eye. */
    private static String toJson(Map<String, ?> state) {
        return state == null ? null : JSON.writeValueAsString(new TreeMap<>(state));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntryView> search(AuditFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(matching(filter, access.unitsWhere(Role.ADMIN), cb, entry)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> typed = entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit);
        return typed.getResultList().stream().map(AuditEntry::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int count(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(matching(filter, access.unitsWhere(Role.ADMIN), cb, entry));
        return Math.toIntExact(entityManager.createQuery(query).getSingleResult());
    }

    /** An administrator sees entries of the units they administer, and those tied to no unit (user accounts). */
    private static Predicate[] matching(AuditFilter filter, Set<UnitId> administeredUnits, CriteriaBuilder cb,
                                        Root<AuditEntry> entry) {
        List<Predicate> where = new ArrayList<>();
        where.add(administeredUnits.isEmpty()
                ? cb.isNull(entry.get("unitId"))
                : cb.or(cb.isNull(entry.get("unitId")), entry.get("unitId").in(UnitId.valuesOf(administeredUnits))));
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), filter.to()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            String actor = UserProfile.normalisedUsername(filter.actor());
            where.add(cb.or(cb.equal(entry.get("actorUsername"), actor), cb.equal(entry.get("actingForUsername"), actor)));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(cb.like(entry.get("action"), filter.action().strip() + "%"));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add(cb.equal(entry.get("entityType"), filter.entityType().strip()));
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.add(cb.equal(entry.get("entityId"), filter.entityId().strip()));
        }
        return where.toArray(Predicate[]::new);
    }
}
