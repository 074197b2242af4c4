package vn.boardflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntityImpl;
import org.junit.jupiter.api.Test;
import vn.boardflow.org.ActingIdentity;
import vn.boardflow.org.Role;
import vn.boardflow.org.RoleInUnit;
import vn.boardflow.org.UnitId;

class TaskAccessTest {

    final ActingIdentity me = new ActingIdentity(1, "phucuong", "Bùi Thị Ngọc",
            List.of(new RoleInUnit(Role.WARD_OFFICER, UnitId.of(10))), false);
    final ActingIdentity absentColleague = new ActingIdentity(2, "phuloi", "Ngô Văn Phúc",
            List.of(new RoleInUnit(Role.WARD_OFFICER, UnitId.of(20))), true);
    final List<ActingIdentity> identities = List.of(me, absentColleague);

    static List<IdentityLinkInfo> candidateGroup(String group) {
        IdentityLinkEntityImpl link = new IdentityLinkEntityImpl();
        link.setType(IdentityLinkType.CANDIDATE);
        link.setGroupId(group);
        return List.of(link);
    }

    @Test
    void aWaitingTaskBelongsToHoldersOfItsCandidateRole() {
        assertThat(TaskAccess.through(null, candidateGroup("WARD_OFFICER:10"), identities)).contains(me);
        assertThat(TaskAccess.through(null, candidateGroup("WARD_OFFICER:30"), identities)).isEmpty();
    }

    @Test
    void aSubstituteReachesTheTasksOfTheColleagueTheyCoverFor() {
        assertThat(TaskAccess.through(null, candidateGroup("WARD_OFFICER:20"), identities)).contains(absentColleague);
        assertThat(TaskAccess.through("phuloi", List.of(), identities)).contains(absentColleague);
    }

    @Test
    void aClaimedTaskBelongsOnlyToItsHolder() {
        assertThat(TaskAccess.through("someone", candidateGroup("WARD_OFFICER:10"), identities)).isEmpty();
        assertThat(TaskAccess.through("phucuong", List.of(), identities)).contains(me);
    }
}
