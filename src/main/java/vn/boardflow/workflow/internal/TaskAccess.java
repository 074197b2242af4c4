package vn.boardflow.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import vn.boardflow.org.ActingIdentity;
import vn.boardflow.workflow.CandidateGroups;

/**
 * Decides through whom a user reaches a task: a task held by someone is theirs alone (or their
 * substitute's); a waiting task belongs to everyone holding one of its candidate roles. The user's own
 * identity is tried before those of the colleagues they substitute for.
 */
final class TaskAccess {

    private TaskAccess() {
    }

    static Optional<ActingIdentity> through(String assignee, Collection<? extends IdentityLinkInfo> links,
                                            List<ActingIdentity> identities) {
        for (ActingIdentity identity : identities) {
            if (assignee != null) {
                if (assignee.equals(identity.username())) {
                    return Optional.of(identity);
                }
            } else if (isCandidate(identity, links)) {
                return Optional.of(identity);
            }
        }
        return Optional.empty();
    }

    private static boolean isCandidate(ActingIdentity identity, Collection<? extends IdentityLinkInfo> links) {
        Set<String> groups = groupsOf(identity);
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> identity.username().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }

    static Set<String> groupsOf(ActingIdentity identity) {
        return identity.roles().stream().map(CandidateGroups::of).collect(Collectors.toSet());
    }
}
