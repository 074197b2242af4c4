package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;

/** Scope on the demo organisation: who may act where. */
@IntegrationTest
class AccessPolicyTests {

    @Autowired
    AccessPolicy access;
    @Autowired
    Organisation organisation;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aWardOfficerActsInTheirOwnWardOnly() {
        Logins.as(userDetails, "phucuong");
        UnitId phuCuong = DemoUnits.wardBoard(organisation, "Phú Cường").id();
        UnitId phuLoi = DemoUnits.wardBoard(organisation, "Phú Lợi").id();

        assertThat(access.can(Role.WARD_OFFICER, phuCuong)).isTrue();
        assertThat(access.can(Role.WARD_OFFICER, phuLoi)).isFalse();
        assertThatThrownBy(() -> access.requireActsIn(Role.WARD_OFFICER, phuLoi)).isInstanceOf(AccessDeniedException.class);
        assertThat(access.unitsWhere(Role.ADMIN)).isEmpty();
    }

    @Test
    void theCityLeaderAndSecretariatReachTheWardsButTheReviewerOnlyTheBoard() {
        Logins.as(userDetails, "lanhdao");
        UnitId board = DemoUnits.cityBoard(organisation).id();
        UnitId phuLoi = DemoUnits.wardBoard(organisation, "Phú Lợi").id();

        assertThat(access.can(Role.LEADER, phuLoi)).isTrue();
        Logins.as(userDetails, "duthao");
        assertThat(access.can(Role.DRAFTER, board)).isTrue();
        assertThat(access.can(Role.DRAFTER, phuLoi)).isTrue();
        Logins.as(userDetails, "xemxet");
        assertThat(access.can(Role.REVIEWER, board)).isTrue();
        assertThat(access.can(Role.REVIEWER, phuLoi)).isFalse();
        Logins.as(userDetails, "vanthu");
        assertThat(access.can(Role.CLERK, board)).isTrue();
        assertThat(access.can(Role.CLERK, phuLoi)).isFalse();
    }

    @Test
    void theProvincialAdministratorAdministersEverythingAndMayAddTopLevelUnits() {
        Logins.as(userDetails, "quantri");
        assertThat(access.canAdminister(DemoUnits.wardBoard(organisation, "Chánh Mỹ").id())).isTrue();
        assertThat(access.canAdminister(null)).isTrue();
    }

    @Test
    void nobodySignedInMayActNowhere() {
        Logins.as(userDetails, "lanhdao");
        UnitId board = DemoUnits.cityBoard(organisation).id();
        Logins.out();

        assertThat(access.unitsWhere(Role.LEADER)).isEmpty();
        assertThat(access.can(Role.LEADER, board)).isFalse();
        assertThat(access.canActIn(board)).isFalse();
        assertThatThrownBy(() -> organisation.history(board))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // Timers read the tree to offer the tasks they start, but reading it grants nothing.
        assertThat(organisation.today().unit(board)).isPresent();
    }
}
