package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.TextFolding;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class UserDirectoryService implements UserDirectory {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final Clock clock;

    UserDirectoryService(UserAccountRepository users, MembershipRepository memberships, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public Optional<UserSummary> find(long userId) {
        return users.findById(userId).map(UserDirectoryService::summary);
    }

    @Override
    public List<UserSummary> search(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size, Sort.by("fullName", "username"));
        return users.search(TextFolding.fold(text), page).stream().map(UserDirectoryService::summary).toList();
    }

    @Override
    public int count(String text) {
        return Math.toIntExact(users.countMatching(TextFolding.fold(text)));
    }

    @Override
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(UserAccount::username, UserAccount::fullName));
    }

    @Override
    @PreAuthorize("permitAll()")
    public List<UserSummary> contacts(Role role, Collection<UnitId> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Long> holders = memberships.holders(role, UnitId.valuesOf(unitIds), LocalDate.now(clock));
        return users.findAllById(holders).stream().filter(UserAccount::isActive)
                .map(UserDirectoryService::summary).toList();
    }

    @Override
    @PreAuthorize("permitAll()")
    public List<UserSummary> contacts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return users.findByUsernameIn(usernames).stream().filter(UserAccount::isActive)
                .map(UserDirectoryService::summary).toList();
    }

    @Override
    public Map<String, Set<UnitId>> unitsHeld(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> byId = users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::username));
        Map<String, Set<UnitId>> held = new HashMap<>();
        memberships.findActive(byId.keySet(), LocalDate.now(clock)).forEach(membership ->
                held.computeIfAbsent(byId.get(membership.userId()), any -> new HashSet<>()).add(membership.unitId()));
        return held;
    }

    static UserSummary summary(UserAccount account) {
        UserProfile profile = account.profile();
        return new UserSummary(account.id(), profile.username(), profile.fullName(), profile.jobTitle(),
                profile.email(), profile.phone(), account.isActive(), account.lockedUntil(), account.version());
    }
}
