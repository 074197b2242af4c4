package vn.boardflow.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.DemoUnits;
import vn.boardflow.KaribuTest;
import vn.boardflow.org.Memberships;
import vn.boardflow.org.Memberships.MembershipView;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.ui.FormDialog;

/** An administrator creates a unit, then a user, then gives the user a role in the new unit, all through the screens. */
class AdministrationViewTest extends KaribuTest {

    @Autowired
    Organisation organisation;
    @Autowired
    UserDirectory directory;
    @Autowired
    Memberships memberships;

    @Test
    void anAdministratorCreatesAUnitAndAUserWithAMembership() {
        loginAs("quantri");
        String unitName = "Phường Thử nghiệm " + UUID.randomUUID().toString().substring(0, 6);
        String username = "cb" + UUID.randomUUID().toString().substring(0, 8);

        UI.getCurrent().navigate("admin/units");
        _click(_get(Button.class, spec -> spec.withText("Thêm đơn vị")));
        FormDialog unitDialog = _get(FormDialog.class);
        OrgUnit cityBoard = DemoUnits.cityBoard(organisation);
        fill(_get(unitDialog, UnitPicker.class), cityBoard);
        @SuppressWarnings("unchecked")
        Select<UnitType> type = _get(unitDialog, Select.class);
        fill(type, UnitType.WARD);
        fill(_get(unitDialog, TextField.class, spec -> spec.withLabel("Tên đầy đủ")), unitName);
        _click(_get(unitDialog, Button.class, spec -> spec.withText("Tạo")));

        NotificationsKt.expectNotifications("Đã thêm đơn vị.");
        OrgUnit created = DemoUnits.named(organisation, unitName);
        assertThat(created.parentId()).isEqualTo(cityBoard.id());
        assertThat(created.type()).isEqualTo(UnitType.WARD);

        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("Thêm người dùng")));
        FormDialog userDialog = _get(FormDialog.class);
        fill(_get(userDialog, TextField.class, spec -> spec.withLabel("Tên đăng nhập")), username);
        fill(_get(userDialog, TextField.class, spec -> spec.withLabel("Họ và tên")), "Võ Minh Khang");
        fill(_get(userDialog, TextField.class, spec -> spec.withLabel("Chức vụ")), "Ủy viên");
        fill(_get(userDialog, EmailField.class), "khang@example.vn");
        for (PasswordField password : _find(userDialog, PasswordField.class)) {
            fill(password, "mật khẩu đủ mười hai ký tự");
        }
        _click(_get(userDialog, Button.class, spec -> spec.withText("Tạo")));

        NotificationsKt.expectNotifications("Đã thêm người dùng.");
        UserSummary user = directory.search(username, 0, 1).getFirst();
        assertThat(user.fullName()).isEqualTo("Võ Minh Khang");

        @SuppressWarnings("unchecked")
        Grid<UserSummary> users = _get(Grid.class);
        fill(_get(TextField.class, spec -> spec.withPlaceholder(
                "Tìm theo tên, tên đăng nhập, thư điện tử (không cần dấu)")), "vo minh khang");
        List<UserSummary> found = GridKt._findAll(users);
        assertThat(found).extracting(UserSummary::username).containsExactly(username);
        users.select(found.getFirst());
        _click(_get(Button.class, spec -> spec.withText("Vai trò")));

        MembershipsDialog rolesDialog = _get(MembershipsDialog.class);
        fill(_get(rolesDialog, UnitPicker.class), created);
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(rolesDialog, Select.class);
        fill(role, Role.WARD_OFFICER);
        _click(_get(rolesDialog, Button.class, spec -> spec.withText("Giao vai trò")));

        NotificationsKt.expectNotifications("Đã giao vai trò.");
        assertThat(memberships.of(user.id())).singleElement()
                .satisfies(m -> assertThat(m.unitId()).isEqualTo(created.id()))
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.WARD_OFFICER))
                .satisfies(m -> assertThat(m.activeToday()).isTrue());
        @SuppressWarnings("unchecked")
        Grid<MembershipView> rolesGrid = _get(rolesDialog, Grid.class);
        assertThat(GridKt._findAll(rolesGrid)).hasSize(1);
    }

    @Test
    void aMistakeInTheUserFormIsExplainedInVietnameseAndTheDialogStaysOpen() {
        loginAs("quantri");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("Thêm người dùng")));
        FormDialog dialog = _get(FormDialog.class);
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Tên đăng nhập")), "Tên Có Dấu");
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Họ và tên")), "Ai Đó");
        for (PasswordField password : _find(dialog, PasswordField.class)) {
            fill(password, "mật khẩu đủ mười hai ký tự");
        }
        _click(_get(dialog, Button.class, spec -> spec.withText("Tạo")));

        NotificationsKt.expectNotifications(
                "Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Họ và tên")).getValue()).isEqualTo("Ai Đó");
    }

    @Test
    void aDrafterCannotOpenTheAdministrationViews() {
        loginAs("duthao");

        UI.getCurrent().navigate("admin/users");
        _assertNone(UsersView.class);
        _get(H2.class, spec -> spec.withText("Không có quyền mở trang này"));
        UI.getCurrent().navigate("admin/units");
        _assertNone(UnitsView.class);
        _get(H2.class, spec -> spec.withText("Không có quyền mở trang này"));
    }
}
