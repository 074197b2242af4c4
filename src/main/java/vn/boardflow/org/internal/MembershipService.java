package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Memberships;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.RoleInUnit;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
class MembershipService implements Memberships {

    private final MembershipRepository memberships;
    private final UserAccountRepository users;
    private final UnitRepository units;
    private final OrgCharts charts;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Clock clock;

    MembershipService(MembershipRepository memberships, UserAccountRepository users, UnitRepository units,
                      OrgCharts charts, AccessPolicy access, AuditLog auditLog, Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.units = units;
        this.charts = charts;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("@access.canAdminister(#command.unitId())")
    public long grant(GrantRole command) {
        if (!users.existsById(command.userId())) {
            throw new RuleViolation("user.error.notFound");
        }
        Membership membership = new Membership(command.userId(), command.unitId(), command.role(),
                command.validFrom(), command.validTo());
        boolean unitOpen = units.findById(command.unitId().value()).map(u -> u.isOpenOn(command.validFrom())).orElse(false);
        if (!unitOpen) {
            throw new RuleViolation("membership.error.unitNotOpen");
        }
        boolean overlaps = memberships.findByUserIdAndUnitIdAndRole(command.userId(), command.unitId().value(), command.role())
                .stream().anyMatch(m -> m.overlaps(command.validFrom(), command.validTo()));
        if (overlaps) {
            throw new RuleViolation("membership.error.overlap");
        }
        Membership saved = memberships.save(membership);
        audit("membership.granted", saved, null, saved.auditState());
        return saved.id();
    }

    @Override
    public void end(long membershipId, LocalDate lastDay) {
        Membership membership = loadAdministered(membershipId);
        if (lastDay == null) {
            throw new RuleViolation("membership.error.endRequired");
        }
        Map<String, Object> before = membership.auditState();
        membership.endOn(lastDay);
        audit("membership.ended", membership, before, membership.auditState());
    }

    @Override
    public void remove(long membershipId) {
        Membership membership = loadAdministered(membershipId);
        memberships.delete(membership);
        audit("membership.removed", membership, membership.auditState(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MembershipView> of(long userId) {
        access.requireSelfOrAdministrator(userId);
        LocalDate today = LocalDate.now(clock);
        OrgChart names = charts.on(today, true);
        return memberships.findByUserIdOrderByValidFromDesc(userId).stream()
                .map(m -> new MembershipView(m.id(), m.userId(), m.unitId(), names.nameOf(m.unitId()), m.role(),
                        m.validFrom(), m.validTo(), m.isActiveOn(today) && charts.today().contains(m.unitId())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleInUnit> activeRoles(long userId, LocalDate date) {
        access.requireSelfOrAdministrator(userId);
        return memberships.rolesHeld(userId, date);
    }


    private Membership loadAdministered(long membershipId) {
        Membership membership = memberships.findById(membershipId)
                .orElseThrow(() -> new RuleViolation("membership.error.notFound"));
        access.requireAdministers(membership.unitId());
        return membership;
    }

    private void audit(String action, Membership membership, Map<String, Object> before, Map<String, Object> after) {
        auditLog.record(AuditRecord.of(action, "Membership", membership.id(), membership.unitId(), before, after));
    }
}
