package vn.boardflow.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.workflow.CandidateGroups;

/**
 * The candidate groups of a body's task, for BPMN: {@code ${candidates.reaching('REVIEWER', unitId)}}, or
 * several roles at once, {@code 'DRAFTER,LEADER'}. A role held in the body, or in a secretariat or office
 * that serves it, reaches the body's work, so the task is offered to each of those units.
 */
@Component("candidates")
class CandidateGroupResolver {

    private final Organisation organisation;

    CandidateGroupResolver(Organisation organisation) {
        this.organisation = organisation;
    }

    public List<String> reaching(String roles, long unitId) {
        List<UnitId> units = organisation.today().withServingUnits(UnitId.of(unitId));
        List<String> groups = new ArrayList<>();
        for (String role : roles.split(",")) {
            Role wanted = Role.valueOf(role.strip());
            units.forEach(each -> groups.add(CandidateGroups.of(wanted, each)));
        }
        return groups;
    }
}
