package vn.boardflow.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boardflow.DemoUnits;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.IssuingBodies.IssuingBodyDetails;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitAdministration.CreateUnit;
import vn.boardflow.org.UnitAdministration;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.ui.FormDialog;

/** An administrator sets up a Youth Union body through the screen, then edits it; a clerk cannot reach the screen. */
class IssuingBodiesViewTest extends KaribuTest {

    @Autowired
    Organisation organisation;
    @Autowired
    UnitAdministration units;
    @Autowired
    IssuingBodies bodies;

    @Test
    void anAdministratorAddsAYouthUnionBodyAndEditsIt() {
        loginAs("quantri");
        String name = "Đoàn Thanh niên thử nghiệm " + UUID.randomUUID().toString().substring(0, 6);
        UnitId unitId = units.create(new CreateUnit(DemoUnits.cityBoard(organisation).id(), UnitType.BRANCH, name, null,
                null, LocalDate.of(2020, 1, 1)));

        UI.getCurrent().navigate("admin/issuing-bodies");
        _click(_get(Button.class, spec -> spec.withText("Thêm cơ quan ban hành")));
        FormDialog dialog = _get(FormDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Vui lòng chọn đơn vị của cơ quan ban hành.");

        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> unit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        fill(unit, organisation.today().unit(unitId).orElseThrow());
        @SuppressWarnings("unchecked")
        Select<FormatProfile> profile = _get(dialog, Select.class, spec -> spec.withLabel("Thể thức"));
        fill(profile, FormatProfile.YOUTH_UNION);
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Tên cơ quan chủ quản")), "Thành đoàn Thủ Dầu Một");
        TextArea bodyName = _get(dialog, TextArea.class, spec -> spec.withLabel("Tên cơ quan ban hành"));
        fill(bodyName, "Đoàn TNCS Hồ Chí Minh\n" + name);
        _get(dialog, Span.class, spec -> spec.withText("Thể thức văn bản Đoàn đã in sẵn dòng \"ĐOÀN TNCS HỒ CHÍ MINH\" ở "
                + "góc phải; nếu gõ lại ở đây, dòng này sẽ in hai lần. Chỉ ghi tên cơ quan, ví dụ BCH ĐOÀN TP THỦ DẦU MỘT."));
        fill(bodyName, name);
        _assertNone(dialog, Span.class, spec -> spec.withClasses("field-warning"));
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Chữ viết tắt")), "ĐTN-TN");
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Địa danh")), "Thủ Dầu Một");
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Dòng thẩm quyền")), "TM. Ban Chấp hành");
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Chức danh người ký")), "Bí thư");
        _click(_get(dialog, Button.class, spec -> spec.withText("Thêm hình thức ký")));
        List<TextField> lines = _find(dialog, TextField.class, spec -> spec.withLabel("Dòng thẩm quyền"));
        assertThat(lines.get(1).getValue()).as("a new row starts with its form's prefix").isEqualTo("KT. ");
        fill(lines.get(1), "KT. Bí thư");
        fill(_find(dialog, TextField.class, spec -> spec.withLabel("Chức danh người ký")).get(1), "Phó Bí thư");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Đã lưu cơ quan ban hành.");
        IssuingBodyView created = bodies.all().stream().filter(body -> body.unitId().equals(unitId)).findFirst().orElseThrow();
        assertThat(created.profile()).isEqualTo(FormatProfile.YOUTH_UNION);
        assertThat(created.parentLine()).isEqualTo("THÀNH ĐOÀN THỦ DẦU MỘT");
        assertThat(created.signingAuthorities()).containsExactly(
                new SigningAuthority(SigningForm.TM, "TM. BAN CHẤP HÀNH", "BÍ THƯ"),
                new SigningAuthority(SigningForm.KT, "KT. BÍ THƯ", "PHÓ BÍ THƯ"));
        @SuppressWarnings("unchecked")
        Grid<IssuingBodyView> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(IssuingBodyView::id).contains(created.id());

        GridKt._doubleClickItem(grid, GridKt._findAll(grid).indexOf(created), 0, false, false, false, false);
        FormDialog editor = _get(FormDialog.class);
        fill(_get(editor, TextField.class, spec -> spec.withLabel("Địa danh")), "Bình Dương");
        _click(_find(editor, Button.class, spec -> spec.withAttribute("aria-label", "Bỏ hình thức ký này")).get(1));
        _click(_get(editor, Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Đã lưu cơ quan ban hành.");
        IssuingBodyView edited = bodies.find(created.id()).orElseThrow();
        assertThat(edited.place()).isEqualTo("Bình Dương");
        assertThat(edited.signingAuthorities()).extracting(SigningAuthority::form).containsExactly(SigningForm.TM);
    }

    @Test
    void aClerkCannotOpenTheScreen() {
        loginAs("vanthu");
        UI.getCurrent().navigate("admin/issuing-bodies");
        _assertNone(IssuingBodiesView.class);
        _get(H2.class, spec -> spec.withText("Không có quyền mở trang này"));
    }

    @Test
    void aBodyWithoutAParentLineHasItsNameOnTwoLines() {
        loginAs("quantri");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UnitId unitId = units.create(new CreateUnit(DemoUnits.cityBoard(organisation).id(), UnitType.BOARD,
                "Ủy ban nhân dân thử " + tag, null, null, LocalDate.of(2020, 1, 1)));

        IssuingBodyId id = bodies.create(new IssuingBodyDetails(unitId, FormatProfile.STATE, " ",
                " Ủy ban nhân dân \n\n tỉnh Bắc Ninh " + tag, "UBND", "Bắc Ninh", NumberingScheme.ONE_SEQUENCE,
                List.of(new SigningAuthority(SigningForm.TM, "TM. Ủy ban nhân dân", "Chủ tịch"))));

        IssuingBodyView body = bodies.find(id).orElseThrow();
        assertThat(body.parentLine()).isEmpty();
        assertThat(body.name()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH " + tag.toUpperCase());
        assertThat(body.nameOnOneLine()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẮC NINH " + tag.toUpperCase());
        assertThat(body.label()).isEqualTo("UBND · Bắc Ninh");
    }
}
