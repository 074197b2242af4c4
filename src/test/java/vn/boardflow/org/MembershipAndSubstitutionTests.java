package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.org.Memberships.GrantRole;
import vn.boardflow.org.Memberships.MembershipView;
import vn.boardflow.org.Substitutions.NameSubstitute;
import vn.boardflow.org.UserAdministration.NewUser;

@IntegrationTest
class MembershipAndSubstitutionTests {

    @Autowired
    Memberships memberships;
    @Autowired
    Substitutions substitutions;
    @Autowired
    UserAdministration administration;
    @Autowired
    UserDirectory directory;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;
    LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    private long newUser() {
        return administration.create(new NewUser("tv" + UUID.randomUUID().toString().substring(0, 8),
                "Trương Văn Sáu", null, null, null, "một câu mật khẩu dài"));
    }

    @Test
    void aRoleIsGrantedEndedAndItsHistoryKept() {
        Logins.as(userDetails, "quantri");
        long user = newUser();
        UnitId ward = DemoUnits.wardBoard(organisation, "Tân An").id();

        long membership = memberships.grant(new GrantRole(user, ward, Role.WARD_OFFICER, today.minusDays(10), null));
        assertThatThrownBy(() -> memberships.grant(new GrantRole(user, ward, Role.WARD_OFFICER, today, null)))
                .hasMessageContaining("membership.error.overlap");
        assertThat(memberships.of(user)).extracting(MembershipView::activeToday).containsExactly(true);

        memberships.end(membership, today.minusDays(1));

        assertThat(memberships.of(user)).singleElement()
                .satisfies(m -> assertThat(m.activeToday()).isFalse())
                .satisfies(m -> assertThat(m.unitName()).isEqualTo("Ban Tổ chức Đề án phường Tân An"));
        assertThat(memberships.activeRoles(user, today)).isEmpty();
        assertThat(memberships.activeRoles(user, today.minusDays(2))).containsExactly(new RoleInUnit(Role.WARD_OFFICER, ward));
    }

    @Test
    void aWardOfficerCannotGrantRolesNorReadOthersRoles() {
        Logins.as(userDetails, "phucuong");
        UnitId ward = DemoUnits.wardBoard(organisation, "Phú Cường").id();
        long other = directory.search("phuloi", 0, 1).getFirst().id();

        assertThatThrownBy(() -> memberships.grant(new GrantRole(other, ward, Role.WARD_OFFICER, today, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.of(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSubstituteActsForTheAbsentColleagueOnlyDuringThePeriod() {
        Logins.as(userDetails, "phuloi");
        long phuloi = currentUser.actor().userId();
        long phucuong = directory.search("phucuong", 0, 1).getFirst().id();
        long substitution = substitutions.name(new NameSubstitute(phuloi, phucuong, today, today.plusDays(2), "Nghỉ phép"));
        try {
            assertThatThrownBy(() -> substitutions.name(new NameSubstitute(phuloi, phucuong, today.plusDays(1),
                    today.plusDays(5), null))).hasMessageContaining("substitution.error.overlap");

            Logins.as(userDetails, "phucuong");
            assertThat(currentUser.actingIdentities()).extracting(ActingIdentity::username)
                    .containsExactly("phucuong", "phuloi");
            assertThat(currentUser.actingIdentities().get(1).substitution()).isTrue();
            assertThatThrownBy(() -> substitutions.cancel(substitution)).isInstanceOf(AccessDeniedException.class);
        } finally {
            Logins.as(userDetails, "phuloi");
            substitutions.cancel(substitution);
        }
        Logins.as(userDetails, "phucuong");
        assertThat(currentUser.actingIdentities()).extracting(ActingIdentity::username).containsExactly("phucuong");
    }

    @Test
    void aSubstitutionInThePastOrForOneselfIsRefused() {
        Logins.as(userDetails, "phuloi");
        long phuloi = currentUser.actor().userId();
        long phucuong = directory.search("phucuong", 0, 1).getFirst().id();

        assertThatThrownBy(() -> substitutions.name(new NameSubstitute(phuloi, phucuong, today.minusDays(9),
                today.minusDays(2), null))).hasMessageContaining("substitution.error.inPast");
        assertThatThrownBy(() -> substitutions.name(new NameSubstitute(phuloi, phuloi, today, today, null)))
                .hasMessageContaining("substitution.error.self");
        assertThatThrownBy(() -> substitutions.name(new NameSubstitute(phucuong, phuloi, today, today, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
