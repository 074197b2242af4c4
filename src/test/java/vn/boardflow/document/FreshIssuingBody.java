package vn.boardflow.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.Logins;
import vn.boardflow.document.IssuingBodies.IssuingBodyDetails;
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

/**
 * A new board with its own issuing body and records clerk, so a test starts its sequences at 01 however
 * many tests ran before it on the same database.
 */
public record FreshIssuingBody(UnitId unitId, IssuingBodyId bodyId, String clerk) {

    public static final String PASSWORD = "mật khẩu văn thư đủ dài";

    public static FreshIssuingBody create(ApplicationContext context, FormatProfile profile, NumberingScheme scheme) {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Logins.as(userDetails, "quantri");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UnitId unit = context.getBean(UnitAdministration.class).create(new CreateUnit(
                DemoUnits.cityBoard(context.getBean(Organisation.class)).id(), UnitType.BOARD, "Ban thử nghiệm " + tag,
                null, null, LocalDate.of(2016, 6, 1)));
        IssuingBodyId body = context.getBean(IssuingBodies.class).create(new IssuingBodyDetails(unit, profile,
                "UBND Thành phố Thủ Dầu Một", "Ban thử nghiệm " + tag, "BTN.ĐA", "Thủ Dầu Một", scheme,
                List.of(new SigningAuthority(SigningForm.TM, "TM. Ban thử nghiệm", "Trưởng ban"))));
        String clerk = "vt" + tag.toLowerCase();
        long clerkId = context.getBean(UserAdministration.class).create(new NewUser(clerk, "Văn thư " + tag, "Văn thư",
                null, null, PASSWORD));
        context.getBean(Memberships.class).grant(new GrantRole(clerkId, unit, Role.CLERK, LocalDate.of(2016, 6, 1),
                null));
        Logins.out();
        return new FreshIssuingBody(unit, body, clerk);
    }
}
