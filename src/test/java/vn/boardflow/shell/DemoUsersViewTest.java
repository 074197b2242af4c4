package vn.boardflow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.boardflow.KaribuTest;
import vn.boardflow.Logins;

/** Every demo user of the README signs in and finds the screens of their role in the menu. */
class DemoUsersViewTest extends KaribuTest {

    static final List<String> EVERYONE = List.of("Trang chủ", "Việc của tôi");
    static final List<String> ADMINISTRATION = List.of("Đơn vị", "Người dùng", "Nhật ký hệ thống");

    @ParameterizedTest
    @CsvSource({"quantri,true", "duthao,false", "xemxet,false", "lanhdao,false", "vanthu,false", "kiemtra,false",
            "ketoan,false", "phucuong,false", "phuloi,false", "tinh,false"})
    void eachDemoUserSeesTheMenuOfTheirRole(String username, boolean administrator) {
        Logins.as(userDetails, username);
        UI.getCurrent().navigate("");

        _get(HomeView.class);
        List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).containsAll(EVERYONE);
        if (administrator) {
            assertThat(menu).containsAll(ADMINISTRATION);
        } else {
            assertThat(menu).doesNotContainAnyElementsOf(ADMINISTRATION);
        }
        UI.getCurrent().navigate("tasks");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks");
    }
}
