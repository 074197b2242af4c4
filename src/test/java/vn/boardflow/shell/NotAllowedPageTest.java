package vn.boardflow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.boardflow.DemoUnits;
import vn.boardflow.KaribuTest;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;

/** A page the user may not open says so in Vietnamese, offers the way home, and logs one warning. */
@ExtendWith(OutputCaptureExtension.class)
class NotAllowedPageTest extends KaribuTest {

    @Autowired
    Organisation organisation;

    @Test
    void aRouteTheRoleMayNotOpenShowsTheNotAllowedPage(CapturedOutput output) {
        loginAs("duthao");

        UI.getCurrent().navigate("admin/users");

        _get(RouteNotAllowed.class);
        _get(H2.class, spec -> spec.withText("Không có quyền mở trang này"));
        _click(_get(Button.class, spec -> spec.withText("Về trang chủ")));
        _get(HomeView.class);
        assertThat(output.getOut()).contains("WARN").contains("Access denied: duthao to /admin/users")
                .doesNotContain("ERROR");
    }

    @Test
    void anotherWardsRecordShowsTheNotAllowedPageWithoutAnError(CapturedOutput output) {
        UnitId phuCuong = DemoUnits.named(organisation, "Phường Phú Cường").id();
        loginAs("phuloi");

        UI.getCurrent().navigate("inspections/history/" + phuCuong);

        _get(RecordNotAllowed.class);
        _get(H2.class, spec -> spec.withText("Không có quyền mở trang này"));
        assertThat(output.getOut()).contains("Access denied: phuloi to /inspections/history/" + phuCuong)
                .doesNotContain("ERROR").doesNotContain("There was an exception while trying to navigate");
    }
}
