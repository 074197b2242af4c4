package vn.boardflow.inspection.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.workflow.CandidateGroups;

/** The ward's officers, who hold their role in the ward or in its board: whom the ward's tasks are offered to. */
@Component
public class WardPeople {

    private final Organisation organisation;
    private final UserDirectory users;

    WardPeople(Organisation organisation, UserDirectory users) {
        this.organisation = organisation;
        this.users = users;
    }

    List<String> candidateGroups(UnitId wardId) {
        return units(wardId).stream().map(unit -> CandidateGroups.of(Role.WARD_OFFICER, unit)).toList();
    }

    public List<String> officers(UnitId wardId) {
        return users.contacts(Role.WARD_OFFICER, units(wardId)).stream().map(UserSummary::username).distinct().toList();
    }

    private List<UnitId> units(UnitId wardId) {
        return organisation.today().withChildren(wardId);
    }
}
