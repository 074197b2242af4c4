package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.DemoOrganisationLoaded;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;

/**
 * The organisation of seed 004's time: the Bình Dương steering committee, the Thủ Dầu Một city board
 * with its secretariat and records office, the city's Thành đoàn (which issues in the Youth Union's
 * format), the city's 14 wards with their boards, and one demo user per role. Loaded only into an empty database, and only where {@code boardflow.demo-data} is on.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "boardflow.demo-data", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    /** Printed in the README; long enough for the password policy. */
    static final String DEMO_PASSWORD = "BoardFlow@2026";

    static final List<String> WARDS = List.of("Phú Cường", "Hiệp Thành", "Phú Lợi", "Phú Hòa", "Phú Thọ",
            "Chánh Nghĩa", "Định Hòa", "Hòa Phú", "Phú Mỹ", "Phú Tân", "Tân An", "Hiệp An", "Tương Bình Hiệp",
            "Chánh Mỹ");

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final LocalDate PROJECT_START = LocalDate.of(2016, 6, 1);

    private final UnitRepository units;
    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final PasswordPolicy passwords;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoOrganisation(UnitRepository units, UserAccountRepository users, MembershipRepository memberships,
                     PasswordPolicy passwords, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0 || units.count() > 0) {
            return;
        }
        UnitId province = unit(null, UnitType.PROVINCE, "Ủy ban nhân dân tỉnh Bình Dương", "UBND tỉnh Bình Dương", "UBND");
        UnitId steering = unit(province, UnitType.BOARD,
                "Ban Chỉ đạo Đề án Đoàn kết, tập hợp thanh niên công nhân tỉnh Bình Dương", "BCĐ Đề án tỉnh", "BCĐ.ĐACN");
        UnitId provincialSecretariat = unit(steering, UnitType.SECRETARIAT, "Tổ Thư ký Đề án tỉnh", "Tổ Thư ký tỉnh", null);
        UnitId city = unit(province, UnitType.CITY, "UBND Thành phố Thủ Dầu Một", "TP. Thủ Dầu Một", "UBND");
        UnitId board = unit(city, UnitType.BOARD, "Ban Tổ chức Đề án đoàn kết tập hợp TNCN",
                "BTC Đề án Thành phố", "BTC.ĐACN");
        UnitId secretariat = unit(board, UnitType.SECRETARIAT, "Tổ Thư ký Đề án Thành phố", "Tổ Thư ký", "TTK");
        UnitId office = unit(board, UnitType.OFFICE, "Văn phòng Thành đoàn Thủ Dầu Một", "VP Thành đoàn", "VP");
        UnitId cityUnion = unit(city, UnitType.BOARD, "Ban Chấp hành Đoàn TNCS Hồ Chí Minh thành phố Thủ Dầu Một",
                "Thành đoàn Thủ Dầu Một", "TĐTN");
        // the Thành đoàn's department that drafts its documents on the Đề án, named in their symbols ("-KH/TĐTN-TNCN")
        UnitId unionDepartment = unit(cityUnion, UnitType.SECRETARIAT, "Ban Thanh niên công nhân Thành đoàn",
                "Ban TNCN", "TNCN");
        Map<String, UnitId> wardBoards = new LinkedHashMap<>();
        for (String ward : WARDS) {
            UnitId wardUnit = unit(board, UnitType.WARD, "Phường " + ward, ward, null);
            wardBoards.put(ward, unit(wardUnit, UnitType.BOARD, "Ban Tổ chức Đề án phường " + ward,
                    "BTC Đề án P. " + ward, null));
        }

        user("quantri", "Nguyễn Văn Quản", "Quản trị hệ thống", Role.ADMIN, province);
        long drafter = user("duthao", "Trần Thị Thu Hà", "Chuyên viên Tổ Thư ký", Role.DRAFTER, secretariat);
        long reviewer = user("xemxet", "Lê Minh Tuấn", "Phó Trưởng ban", Role.REVIEWER, board);
        long leader = user("lanhdao", "Phạm Quốc Bảo", "Trưởng ban", Role.LEADER, board);
        long clerk = user("vanthu", "Võ Thị Lan", "Văn thư", Role.CLERK, office);
        // the Thành đoàn runs the board: its officer drafts for both (in its Ban TNCN), its deputy secretary reviews,
        // its secretary signs, and the Văn phòng Thành đoàn keeps both registers
        memberships.save(new Membership(drafter, unionDepartment, Role.DRAFTER, PROJECT_START, null));
        memberships.save(new Membership(reviewer, cityUnion, Role.REVIEWER, PROJECT_START, null));
        memberships.save(new Membership(leader, cityUnion, Role.LEADER, PROJECT_START, null));
        memberships.save(new Membership(clerk, cityUnion, Role.CLERK, PROJECT_START, null));
        user("kiemtra", "Đặng Văn Hùng", "Thành viên Đoàn kiểm tra", Role.INSPECTOR, board);
        user("ketoan", "Huỳnh Thị Mai", "Kế toán", Role.ACCOUNTANT, board);
        user("phucuong", "Bùi Thị Ngọc", "Phó Ban Tổ chức Đề án phường Phú Cường", Role.WARD_OFFICER, wardBoards.get("Phú Cường"));
        user("phuloi", "Ngô Văn Phúc", "Ủy viên Ban Tổ chức Đề án phường Phú Lợi", Role.WARD_OFFICER, wardBoards.get("Phú Lợi"));
        user("tinh", "Đỗ Thị Hồng", "Tổ trưởng Tổ Thư ký Đề án tỉnh", Role.DRAFTER, provincialSecretariat);

        auditLog.record(AuditRecord.of("demo.loaded", "Organisation", "demo", null, null,
                Map.of("units", units.count(), "users", users.count())));
        events.publishEvent(new DemoOrganisationLoaded(board, office, secretariat, wardBoards, cityUnion,
                steering));
        LOG.info("Demo organisation loaded: {} units, {} users (password {})", units.count(), users.count(),
                DEMO_PASSWORD);
    }

    private UnitId unit(UnitId parentId, UnitType type, String name, String shortName, String abbreviation) {
        return units.save(new Unit(type, new UnitNames(name, shortName, abbreviation), parentId, PROJECT_START, now()))
                .unitId();
    }

    private long user(String username, String fullName, String jobTitle, Role role, UnitId unitId) {
        UserProfile profile = new UserProfile(username, fullName, jobTitle, username + "@thudaumot.example.vn", null);
        UserAccount account = users.save(new UserAccount(profile, passwords.hashNew(DEMO_PASSWORD, username), now()));
        memberships.save(new Membership(account.id(), unitId, role, PROJECT_START, null));
        return account.id();
    }

    private Instant now() {
        return clock.instant();
    }
}
