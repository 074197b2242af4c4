package vn.boardflow.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A fresh installation without demo data: the first administrator comes from the configuration. */
@SpringBootTest(properties = {"boardflow.demo-data=false", "boardflow.first-admin.password=mật khẩu đầu tiên dài",
        "spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class FirstAdministratorTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserAccountRepository users;
    @Autowired
    UnitRepository units;

    @Test
    void anEmptyDatabaseGetsOneAdministratorInOneTopLevelUnit() {
        assertThat(users.count()).isEqualTo(1);
        assertThat(units.count()).isEqualTo(1);
        assertThat(userDetails.loadUserByUsername("quantri").getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
    }
}
