package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Role;
import vn.boardflow.org.RoleInUnit;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.TransactionMemo;

@Component("access")
class UnitAccessPolicy implements AccessPolicy {

    private final CurrentUser currentUser;
    private final MembershipRepository memberships;
    private final OrgCharts charts;
    private final Clock clock;
    private final AtomicReference<ScopeCache> reaches = new AtomicReference<>(new ScopeCache(null));
    /** A command checks access several times (its own check, the tasks it completes, the documents it issues). */
    private final TransactionMemo<Long, Map<Role, Set<UnitId>>> scopes = new TransactionMemo<>(this::currentScopeOf);

    UnitAccessPolicy(CurrentUser currentUser, MembershipRepository memberships, OrgCharts charts, Clock clock) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.charts = charts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UnitId> unitsWhere(Role role) {
        return currentUser.find().map(actor -> scopes.get(actor.userId()).getOrDefault(role, Set.of())).orElse(Set.of());
    }

    @Override
    public boolean can(Role role, UnitId unitId) {
        return unitsWhere(role).contains(unitId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UnitId> ownUnits() {
        Set<UnitId> own = new HashSet<>();
        currentUser.find().ifPresent(actor -> {
            OrgChart chart = charts.today();
            for (RoleInUnit held : memberships.rolesHeld(actor.userId(), LocalDate.now(clock))) {
                chart.unit(held.unitId()).ifPresent(unit -> {
                    own.add(unit.id());
                    if (unit.type().servesParent() && unit.parentId() != null && chart.contains(unit.parentId())) {
                        own.add(unit.parentId());
                    }
                });
            }
        });
        return own;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canActIn(UnitId unitId) {
        return currentUser.find()
                .map(actor -> scopes.get(actor.userId()).values().stream().anyMatch(units -> units.contains(unitId)))
                .orElse(false);
    }

    @Override
    public boolean has(String role, UnitId unitId) {
        return unitId != null && can(Role.valueOf(role), unitId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canAdminister(UnitId unitId) {
        if (unitId != null) {
            return can(Role.ADMIN, unitId);
        }
        OrgChart chart = charts.today();
        return unitsWhere(Role.ADMIN).stream()
                .anyMatch(id -> chart.unit(id).map(unit -> unit.parentId() == null).orElse(false));
    }

    @Override
    public void requireActsIn(Role role, UnitId unitId) {
        AccessPolicy.require(can(role, unitId));
    }

    @Override
    public void requireActsIn(UnitId unitId) {
        AccessPolicy.require(canActIn(unitId));
    }

    @Override
    public void requireAdministers(UnitId unitId) {
        AccessPolicy.require(canAdminister(unitId));
    }

    @Override
    public void requireSelfOrAdministrator(long userId) {
        AccessPolicy.require(currentUser.actor().userId() == userId || !unitsWhere(Role.ADMIN).isEmpty());
    }

    /**
     * The reach of a set of roles is worked out once per chart: the roles held are read each time (a
     * membership ending takes effect at once), their reach is cached.
     */
    private Map<Role, Set<UnitId>> currentScopeOf(long userId) {
        OrgChart chart = charts.today();
        List<RoleInUnit> held = memberships.rolesHeld(userId, LocalDate.now(clock));
        ScopeCache current = reaches.updateAndGet(cache -> cache.chart() == chart ? cache : new ScopeCache(chart));
        return current.byRolesHeld().computeIfAbsent(held, roles -> scope(chart, roles));
    }

    private static Map<Role, Set<UnitId>> scope(OrgChart chart, List<RoleInUnit> held) {
        Map<Role, Set<UnitId>> scope = new EnumMap<>(Role.class);
        for (RoleInUnit role : held) {
            chart.unit(role.unitId()).ifPresent(unit ->
                    scope.computeIfAbsent(role.role(), any -> new HashSet<>()).addAll(reach(chart, unit, role.role())));
        }
        scope.replaceAll((role, units) -> Set.copyOf(units));
        return Collections.unmodifiableMap(scope);
    }

    /** The scopes worked out on one chart; a new chart (a unit changed, or a new day) starts afresh. */
    private record ScopeCache(OrgChart chart, Map<List<RoleInUnit>, Map<Role, Set<UnitId>>> byRolesHeld) {
        ScopeCache(OrgChart chart) {
            this(chart, new ConcurrentHashMap<>());
        }
    }

    /** The units one membership reaches (see the interface). */
    static Set<UnitId> reach(OrgChart chart, OrgUnit unit, Role role) {
        Set<UnitId> reached = new HashSet<>();
        reached.add(unit.id());
        UnitId body = unit.id();
        if (unit.type().servesParent() && unit.parentId() != null && chart.contains(unit.parentId())) {
            body = unit.parentId();
            reached.add(body);
        }
        if (role.reachesUnitsBelow() || unit.type() == UnitType.SECRETARIAT) {
            reached.addAll(chart.subtree(body));
        }
        return reached;
    }
}
