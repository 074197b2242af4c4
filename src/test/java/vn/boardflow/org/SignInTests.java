package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.UserAdministration.NewUser;

@IntegrationTest
class SignInTests {

    static final String PASSWORD = "một câu mật khẩu dài";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    UserAdministration administration;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;

    private Authentication signIn(String username, String password) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private long newUser(String username) {
        Logins.as(userDetails, "quantri");
        long id = administration.create(new NewUser(username, "Người Thử", null, null, null, PASSWORD));
        Logins.out();
        return id;
    }

    @Test
    void demoUsersSignInWithTheRolesTheyHoldToday() throws Exception {
        Authentication signedIn = signIn("lanhdao", "BoardFlow@2026");

        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_")).containsExactly("ROLE_LEADER");
        assertThat(signedIn.getCredentials()).isNull();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = "khoa" + UUID.randomUUID().toString().substring(0, 6);
        long id = newUser(username);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> signIn(username, "mật khẩu sai hoàn toàn")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
        Logins.as(userDetails, "quantri");
        assertThat(auditLog.search(new AuditFilter(null, null, null, "user.locked", "User", String.valueOf(id)), 0, 5))
                .hasSize(1);
        administration.resetPassword(id, "mật khẩu mới sau khi khóa");
        assertThat(signIn(username, "mật khẩu mới sau khi khóa").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String username = "lai" + UUID.randomUUID().toString().substring(0, 6);
        newUser(username);
        for (int round = 0; round < 3; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThatThrownBy(() -> signIn(username, "sai mật khẩu")).isInstanceOf(BadCredentialsException.class);
            }
            assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
        }
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        String username = "nghi" + UUID.randomUUID().toString().substring(0, 6);
        long id = newUser(username);
        Logins.as(userDetails, "quantri");
        administration.setActive(id, false);
        Logins.out();

        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(DisabledException.class);
    }
}
