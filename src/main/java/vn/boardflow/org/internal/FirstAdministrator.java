package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitType;

/**
 * A new installation without demo data has nobody who could sign in. When the database holds no user,
 * this creates a top-level unit and an administrator in it, with the password given in
 * {@code boardflow.first-admin.password} (environment {@code BOARDFLOW_FIRST_ADMIN_PASSWORD}).
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final UnitRepository units;
    private final MembershipRepository memberships;
    private final PasswordPolicy passwords;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String unitName;

    FirstAdministrator(UserAccountRepository users, UnitRepository units, MembershipRepository memberships,
                       PasswordPolicy passwords, AuditLog auditLog, Clock clock,
                       @Value("${boardflow.first-admin.username:quantri}") String username,
                       @Value("${boardflow.first-admin.password:}") String password,
                       @Value("${boardflow.first-admin.unit:Đơn vị gốc}") String unitName) {
        this.users = users;
        this.units = units;
        this.memberships = memberships;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.unitName = unitName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            LOG.warn("Nobody can sign in yet: set BOARDFLOW_FIRST_ADMIN_PASSWORD (at least 12 characters) and restart "
                    + "to create the first administrator, or BOARDFLOW_DEMO_DATA=true for the demo organisation.");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Unit root = units.save(new Unit(UnitType.ORGANISATION, new UnitNames(unitName, null, null), null, today,
                clock.instant()));
        UserProfile profile = new UserProfile(username, "Quản trị hệ thống", null, null, null);
        UserAccount admin = users.save(new UserAccount(profile, passwords.hashNew(password, profile.username()),
                clock.instant()));
        memberships.save(new Membership(admin.id(), root.unitId(), Role.ADMIN, today, null));
        auditLog.record(AuditRecord.of("user.created", "User", admin.id(), null, null,
                Map.of("username", admin.username(), "role", Role.ADMIN.name(), "unit", unitName)));
        LOG.info("First administrator {} created in the unit \"{}\".", admin.username(), unitName);
    }
}
