package vn.boardflow.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.Logins;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.IssuingBodies.IssuingBodyDetails;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.Memberships.GrantRole;
import vn.boardflow.org.Memberships;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitAdministration.CreateUnit;
import vn.boardflow.org.UnitAdministration;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserAdministration.NewUser;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;

/**
 * A new board with its secretariat, three wards and its own issuing body and people, so a test's plans
 * and numbers start clean however many tests ran before it on the same database.
 */
public record PlanningBoard(UnitId unitId, IssuingBodyId bodyId, List<UnitId> wards, String drafter, String reviewer,
                            String leader, String clerk, String wardOfficer, String otherDrafter) {

    public static final String PASSWORD = "mật khẩu kế hoạch đủ dài";
    static final LocalDate SINCE = LocalDate.of(2016, 6, 1);

    public static PlanningBoard create(ApplicationContext context) {
        return create(context, List.of("An", "Bình", "Chánh"));
    }

    /** A board of many wards, "Phường 001 …" to the count, for benchmarks at a province's size. */
    public static PlanningBoard withWards(ApplicationContext context, int count) {
        List<String> names = new ArrayList<>();
        for (int ward = 1; ward <= count; ward++) {
            names.add(String.format(Locale.ROOT, "%03d", ward));
        }
        return create(context, names);
    }

    private static PlanningBoard create(ApplicationContext context, List<String> wardNames) {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        UnitAdministration units = context.getBean(UnitAdministration.class);
        Logins.as(userDetails, "quantri");
        String tag = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
        UnitId board = units.create(new CreateUnit(DemoUnits.cityBoard(context.getBean(Organisation.class)).id(),
                UnitType.BOARD, "Ban kế hoạch " + tag, null, null, SINCE));
        UnitId secretariat = units.create(new CreateUnit(board, UnitType.SECRETARIAT, "Tổ Thư ký " + tag, "Tổ Thư ký",
                "TTK", SINCE));
        List<UnitId> wards = new ArrayList<>();
        for (String ward : wardNames) {
            wards.add(units.create(new CreateUnit(board, UnitType.WARD, "Phường " + ward + " " + tag, null, null, SINCE)));
        }
        IssuingBodyId body = context.getBean(IssuingBodies.class).create(new IssuingBodyDetails(board, FormatProfile.STATE,
                "UBND Thành phố Thủ Dầu Một", "Ban kế hoạch " + tag, "BKH.ĐA", "Thủ Dầu Một",
                NumberingScheme.ONE_SEQUENCE, List.of(new SigningAuthority(SigningForm.TM, "TM. BAN TỔ CHỨC", "TRƯỞNG BAN"),
                new SigningAuthority(SigningForm.KT, "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"))));
        PlanningBoard created = new PlanningBoard(board, body, wards,
                person(context, "dt" + tag, "Người soạn " + tag, secretariat, Role.DRAFTER),
                person(context, "xx" + tag, "Người xem xét " + tag, board, Role.REVIEWER),
                person(context, "ld" + tag, "Trưởng ban " + tag, board, Role.LEADER),
                person(context, "vt" + tag, "Văn thư " + tag, board, Role.CLERK),
                person(context, "ph" + tag, "Cán bộ phường " + tag, wards.getFirst(), Role.WARD_OFFICER),
                person(context, "dk" + tag, "Người soạn khác " + tag, secretariat, Role.DRAFTER));
        Logins.out();
        return created;
    }

    /**
     * The draft with every indicator given a value: allocated ones split 100 to each ward, except that
     * {@code shortIndicator} leaves its last ward {@code shortBy} short.
     */
    public PlanContent filledIn(PlanContent draft, long shortIndicator, long shortBy) {
        List<TargetLine> targets = draft.targets().stream().map(line -> {
            if (!line.allocated()) {
                return new TargetLine(line.indicatorId(), line.indicator(), line.unitOfMeasure(), false, 1, Map.of());
            }
            Map<Long, Long> shares = new HashMap<>();
            wards.forEach(ward -> shares.put(ward.value(), 100L));
            if (line.indicatorId() == shortIndicator) {
                shares.put(wards.getLast().value(), 100L - shortBy);
            }
            return new TargetLine(line.indicatorId(), line.indicator(), line.unitOfMeasure(), true,
                    100L * wards.size(), shares);
        }).toList();
        return new PlanContent("Đề án “Đoàn kết, tập hợp thanh niên công nhân”", draft.summary(),
                List.of("Căn cứ quyết định số 1431/QĐ-UBND ngày 01/6/2016 của Ủy ban nhân dân tỉnh Bình Dương"),
                "", List.of(), targets, List.of(new PlanSection("Hỗ trợ, duy trì và phát triển các chi đoàn, chi hội:",
                List.of("Tiếp tục hỗ trợ duy trì và phát triển theo nội dung của Đề án."))), List.of(), "",
                draft.signingForm(), "Trưởng ban thử", List.of(Recipient.outside("Ban Chỉ đạo Đề án Tỉnh")));
    }

    /** One more person with the role in the board, for a test that needs two of them (two reviewers). */
    public String another(ApplicationContext context, Role role, String fullName) {
        return another(context, unitId, role, fullName);
    }

    /** One more person with the role in a unit of the board: a ward's officer. */
    public String another(ApplicationContext context, UnitId unit, Role role, String fullName) {
        Logins.as(context.getBean(UserDetailsService.class), "quantri");
        String username = "th" + UUID.randomUUID().toString().substring(0, 8).toLowerCase();
        String created = person(context, username, fullName, unit, role);
        Logins.out();
        return created;
    }

    private static String person(ApplicationContext context, String username, String fullName, UnitId unit, Role role) {
        long id = context.getBean(UserAdministration.class).create(new NewUser(username, fullName, "Cán bộ",
                username + "@example.vn", null, PASSWORD));
        context.getBean(Memberships.class).grant(new GrantRole(id, unit, role, SINCE, null));
        return username;
    }
}
