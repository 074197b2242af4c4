package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.org.UserAdministration.NewUser;
import vn.boardflow.org.UserAdministration.UpdateUser;
import vn.boardflow.shared.RuleViolation;

@IntegrationTest
class UserAdministrationTests {

    static final String PASSWORD = "một câu mật khẩu dài";

    @Autowired
    UserAdministration administration;
    @Autowired
    UserDirectory directory;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    static String uniqueUsername() {
        return "nv" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void passwordsAreStoredAsHashesThatNameTheirAlgorithm() {
        Logins.as(userDetails, "quantri");
        String username = uniqueUsername();
        long id = administration.create(new NewUser(username, "Lâm Thị Tuyết", "Chuyên viên", null, null, PASSWORD));

        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(directory.search("lam thi tuyet", 0, 50)).extracting(UserSummary::username).contains(username);
    }

    @Test
    void aShortPasswordAndATakenUsernameAreRefused() {
        Logins.as(userDetails, "quantri");
        assertThatThrownBy(() -> administration.create(new NewUser(uniqueUsername(), "Lê Văn Tám", null, null, null,
                "ngan-qua")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("password.error.tooShort"));
        assertThatThrownBy(() -> administration.create(new NewUser("duthao", "Trùng Tên", null, null, null, PASSWORD)))
                .hasMessageContaining("user.error.usernameTaken");
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndLosesNothing() {
        Logins.as(userDetails, "quantri");
        long id = administration.create(new NewUser(uniqueUsername(), "Phan Văn Hai", null, null, null, PASSWORD));
        UserSummary read = directory.find(id).orElseThrow();

        administration.update(new UpdateUser(id, read.version(), "Phan Văn Hai", "Phó Trưởng ban", null, null));

        assertThatThrownBy(() -> administration.update(new UpdateUser(id, read.version(), "Phan Văn Ba", null, null,
                null))).hasMessageContaining("error.concurrentChange");
        assertThat(directory.find(id)).map(UserSummary::jobTitle).contains("Phó Trưởng ban");
    }

    @Test
    void onlyAdministratorsManageAccountsAndNobodyDeactivatesThemselves() {
        Logins.as(userDetails, "duthao");
        assertThatThrownBy(() -> administration.create(new NewUser(uniqueUsername(), "Ai Đó", null, null, null, PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);

        Logins.as(userDetails, "quantri");
        long self = directory.search("quantri", 0, 1).getFirst().id();
        assertThatThrownBy(() -> administration.setActive(self, false)).hasMessageContaining("user.error.deactivateSelf");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        Logins.as(userDetails, "quantri");
        String username = uniqueUsername();
        administration.create(new NewUser(username, "Đinh Văn Bốn", null, null, null, PASSWORD));
        Logins.as(userDetails, username);

        assertThatThrownBy(() -> administration.changeOwnPassword("sai mật khẩu rồi", "mật khẩu mới đủ dài"))
                .hasMessageContaining("password.error.currentWrong");
        administration.changeOwnPassword(PASSWORD, "mật khẩu mới đủ dài");
        administration.setOwnLanguage("en");
        assertThat(administration.ownLanguage()).isEqualTo("en");
    }
}
