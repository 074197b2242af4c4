package vn.boardflow.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.workflow.CandidateGroups;

/**
 * The candidate groups of a body's task, for BPMN: {@code ${candidates.reaching('REVIEWER', unitId)}}.
 * A role held in the body, or in a secretariat or office that serves it, reaches the body's work, so the
 * task is offered to each of those units.
 */
@Component("candidates")
class CandidateGroupResolver {

    private final Organisation organisation;

    CandidateGroupResolver(Organisation organisation) {
        this.organisation = organisation;
    }

    public List<String> reaching(String role, long unitId) {
        Role wanted = Role.valueOf(role);
        List<String> groups = new ArrayList<>();
        groups.add(CandidateGroups.of(wanted, unitId));
        organisation.today().children(unitId).stream()
                .filter(child -> child.type().servesParent())
                .map(OrgUnit::id)
                .forEach(serving -> groups.add(CandidateGroups.of(wanted, serving)));
        return groups;
    }
}
