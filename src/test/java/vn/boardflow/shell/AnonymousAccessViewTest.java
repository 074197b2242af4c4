package vn.boardflow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;

class AnonymousAccessViewTest extends KaribuTest {

    @Test
    void anAnonymousUserIsSentToTheLoginPage() {
        UI.getCurrent().navigate("tasks");

        _get(LoginView.class);
        _assertNone(MainLayout.class);
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    @Test
    void anAnonymousUserCannotOpenAdministration() {
        UI.getCurrent().navigate("admin/users");

        _get(LoginView.class);
    }

    @Test
    void aSignedInUserSeesTheHomePageInVietnamese() {
        loginAs("duthao");
        UI.getCurrent().navigate("");

        _get(HomeView.class);
        _get(MainLayout.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
    }
}
