package vn.boardflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.report.ReportForms.FormDefinition;

/**
 * A province's steering committee has no wards of its own: its new form is proposed for the boards below it that
 * keep forms (a city board, once it has one), and may name any unit of the province, the committee itself aside;
 * its secretariat accepts.
 */
@ModuleTest
class ProvinceFormTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportForms forms;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void theProvincesFormIsProposedForTheBoardsThatKeepForms() {
        ReportingBoard reporting = ReportingBoard.create(context);
        Logins.as(userDetails, "tinh");
        Organisation organisation = context.getBean(Organisation.class);
        OrgUnit steering = DemoUnits.named(organisation,
                "Ban Chỉ đạo Đề án Đoàn kết, tập hợp thanh niên công nhân tỉnh Bình Dương");
        IssuingBodyId province = bodies.all().stream().filter(body -> body.unitId().equals(steering.id())).findFirst()
                .orElseThrow().id();
        assertThat(forms.proposal(province).reportingUnits()).doesNotContain(reporting.board().unitId());
        assertThat(forms.unitsOf(province).reporting()).extracting(OrgUnit::id)
                .contains(reporting.board().unitId(), reporting.board().wards().getFirst())
                .doesNotContain(steering.id());
        OrgUnit secretariat = DemoUnits.named(organisation, "Tổ Thư ký Đề án tỉnh");
        assertThat(forms.unitsOf(province).accepting()).extracting(OrgUnit::id)
                .containsExactly(steering.id(), secretariat.id());
        assertThat(forms.proposal(province).acceptingUnit()).as("its secretariat").isEqualTo(secretariat.id());

        Logins.as(userDetails, reporting.board().drafter());
        forms.create(reporting.board().bodyId(), reporting.monthlyForm());
        Logins.as(userDetails, "tinh");
        FormDefinition proposal = forms.proposal(province);
        assertThat(proposal.reportingUnits()).contains(reporting.board().unitId())
                .doesNotContainAnyElementsOf(reporting.board().wards());
        assertThat(forms.create(province, proposal)).isNotNull();
    }
}
