package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitAdministration;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
class UnitAdministrationService implements UnitAdministration {

    private final UnitRepository units;
    private final OrgCharts charts;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    UnitAdministrationService(UnitRepository units, OrgCharts charts, MembershipRepository memberships,
                              CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.units = units;
        this.charts = charts;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("@access.canAdminister(#command.parentId())")
    public UnitId create(CreateUnit command) {
        if (command.parentId() != null) {
            requireOpen(command.parentId(), command.effectiveFrom());
        }
        Unit unit = units.save(new Unit(command.type(),
                new UnitNames(command.name(), command.shortName(), command.abbreviation()),
                command.parentId(), command.effectiveFrom(), now()));
        audit("unit.created", unit, null, command.effectiveFrom());
        if (command.parentId() == null) {
            // a new tree is its creator's to administer: they can then make it an issuing body and give roles in it
            Membership admin = memberships.save(new Membership(currentUser.actor().userId(), unit.unitId(), Role.ADMIN,
                    command.effectiveFrom(), null));
            auditLog.record(AuditRecord.of("membership.granted", "Membership", admin.id(), unit.unitId(), null,
                    admin.auditState()));
        }
        return unit.unitId();
    }

    @Override
    @PreAuthorize("@access.canAdminister(#command.unitId())")
    public void rename(RenameUnit command) {
        Unit unit = load(command.unitId());
        Map<String, Object> before = state(unit, command.effectiveFrom());
        unit.rename(new UnitNames(command.name(), command.shortName(), command.abbreviation()),
                command.effectiveFrom(), now());
        audit("unit.renamed", unit, before, command.effectiveFrom());
    }

    @Override
    @PreAuthorize("@access.canAdminister(#command.unitId()) and @access.canAdminister(#command.newParentId())")
    public void move(MoveUnit command) {
        Unit unit = load(command.unitId());
        if (command.newParentId() != null) {
            requireOpen(command.newParentId(), command.effectiveFrom());
            requireOutside(command.newParentId(), unit, command.effectiveFrom(), "unit.error.moveIntoOwnSubtree");
        }
        Map<String, Object> before = state(unit, command.effectiveFrom());
        unit.moveTo(command.newParentId(), command.effectiveFrom(), now());
        audit("unit.moved", unit, before, command.effectiveFrom());
    }

    @Override
    @PreAuthorize("@access.canAdminister(#command.unitId()) and @access.canAdminister(#command.intoUnitId())")
    public void merge(MergeUnit command) {
        Unit unit = load(command.unitId());
        LocalDate date = command.effectiveFrom();
        if (date == null) {
            throw new RuleViolation("unit.error.effectiveDateRequired");
        }
        requireOpen(command.intoUnitId(), date);
        requireOutside(command.intoUnitId(), unit, date, "unit.error.mergeIntoOwnSubtree");
        Map<String, Object> before = state(unit, date);
        for (Unit child : childrenOn(unit, date)) {
            Map<String, Object> childBefore = state(child, date);
            child.moveTo(command.intoUnitId(), date, now());
            audit("unit.moved", child, childBefore, date);
        }
        unit.mergeInto(command.intoUnitId(), date, now());
        audit("unit.merged", unit, before, date);
    }

    @Override
    @PreAuthorize("@access.canAdminister(#command.unitId())")
    public void close(CloseUnit command) {
        Unit unit = load(command.unitId());
        LocalDate date = command.effectiveFrom();
        if (date == null) {
            throw new RuleViolation("unit.error.effectiveDateRequired");
        }
        int openChildren = childrenOn(unit, date).size();
        if (openChildren > 0) {
            throw new RuleViolation("unit.error.hasOpenChildren", openChildren);
        }
        Map<String, Object> before = state(unit, date);
        unit.close(date, now());
        audit("unit.closed", unit, before, date);
    }

    private List<Unit> childrenOn(Unit parent, LocalDate date) {
        return units.findAllWithVersions().stream()
                .filter(u -> u.isOpenOn(date) && parent.unitId().equals(u.parentOn(date)))
                .toList();
    }

    private void requireOpen(UnitId unitId, LocalDate date) {
        if (date == null) {
            throw new RuleViolation("unit.error.effectiveDateRequired");
        }
        if (!load(unitId).isOpenOn(date)) {
            throw new RuleViolation("unit.error.targetNotOpen");
        }
    }

    private void requireOutside(UnitId targetId, Unit unit, LocalDate date, String messageKey) {
        OrgChart chart = charts.on(date, false);
        if (targetId.equals(unit.unitId()) || chart.subtree(unit.unitId()).contains(targetId)) {
            throw new RuleViolation(messageKey);
        }
    }

    private Unit load(UnitId unitId) {
        return units.findById(unitId.value()).orElseThrow(() -> new RuleViolation("unit.error.notFound"));
    }

    private Instant now() {
        return clock.instant();
    }

    private static Map<String, Object> state(Unit unit, LocalDate date) {
        return unit.on(date.minusDays(1), true).or(() -> unit.on(date, true)).map(UnitAdministrationService::state)
                .orElseGet(Map::of);
    }

    private static Map<String, Object> state(OrgUnit unit) {
        Map<String, Object> state = new HashMap<>();
        state.put("type", unit.type().name());
        state.put("name", unit.name());
        state.put("shortName", unit.shortName());
        state.put("abbreviation", unit.abbreviation());
        state.put("parentId", UnitId.valueOf(unit.parentId()));
        state.put("validFrom", unit.versionFrom().toString());
        state.put("closedOn", unit.closedOn() == null ? null : unit.closedOn().toString());
        state.put("mergedIntoId", UnitId.valueOf(unit.mergedIntoId()));
        return state;
    }

    private void audit(String action, Unit unit, Map<String, Object> before, LocalDate effectiveFrom) {
        units.flush();
        Map<String, Object> after = unit.on(effectiveFrom, true).map(UnitAdministrationService::state).orElseGet(Map::of);
        auditLog.record(AuditRecord.of(action, "Unit", unit.id(), unit.unitId(), before, after));
    }
}
