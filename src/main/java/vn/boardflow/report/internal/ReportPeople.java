package vn.boardflow.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.workflow.CandidateGroups;

/**
 * Who writes a unit's reports and who accepts a form's. A ward's or a commune's officers hold their role in it or
 * in its board right below it; any other unit (a city's board reporting to the province) reports through its
 * drafters, in it or in the secretariat that serves it. A form's reports are accepted by the drafters and
 * reviewers of its accepting unit.
 */
@Component
class ReportPeople {

    private final Organisation organisation;
    private final UserDirectory users;

    ReportPeople(Organisation organisation, UserDirectory users) {
        this.organisation = organisation;
        this.users = users;
    }

    /** Whether the unit reports as a ward does, through its officers. */
    static boolean wardLevel(OrgChart chart, UnitId unitId) {
        return chart.unit(unitId).map(OrgUnit::type)
                .map(type -> type == UnitType.WARD || type == UnitType.COMMUNE).orElse(false);
    }

    /** The candidate groups of the unit's entry step. */
    List<String> reporterGroups(UnitId unitId) {
        Role role = reporterRole(unitId);
        return reporterUnits(unitId).stream().map(unit -> CandidateGroups.of(role, unit)).toList();
    }

    List<String> reporters(UnitId unitId) {
        return usernames(users.contacts(reporterRole(unitId), reporterUnits(unitId)));
    }

    List<String> acceptors(ReportForm form) {
        List<UnitId> units = organisation.today().withServingUnits(form.acceptingUnit());
        List<UserSummary> found = new ArrayList<>(users.contacts(Role.DRAFTER, units));
        found.addAll(users.contacts(Role.REVIEWER, units));
        return usernames(found);
    }

    private Role reporterRole(UnitId unitId) {
        return wardLevel(organisation.today(), unitId) ? Role.WARD_OFFICER : Role.DRAFTER;
    }

    private List<UnitId> reporterUnits(UnitId unitId) {
        OrgChart chart = organisation.today();
        return wardLevel(chart, unitId) ? chart.withChildren(unitId) : chart.withServingUnits(unitId);
    }

    private static List<String> usernames(List<UserSummary> found) {
        Set<String> names = new LinkedHashSet<>();
        found.forEach(user -> names.add(user.username()));
        return List.copyOf(names);
    }
}
