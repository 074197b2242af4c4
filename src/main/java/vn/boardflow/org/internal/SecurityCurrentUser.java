package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.ActingIdentity;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.RoleInUnit;
import vn.boardflow.shared.TransactionMemo;

@Component
class SecurityCurrentUser implements CurrentUser {

    private final MembershipRepository memberships;
    private final SubstitutionRepository substitutions;
    private final UserAccountRepository users;
    private final OrgCharts charts;
    private final Clock clock;
    /** Each task a command looks at or completes asks who the user acts as. */
    private final TransactionMemo<Actor, List<ActingIdentity>> identities = new TransactionMemo<>(this::identitiesOf);

    SecurityCurrentUser(MembershipRepository memberships, SubstitutionRepository substitutions,
                        UserAccountRepository users, OrgCharts charts, Clock clock) {
        this.memberships = memberships;
        this.substitutions = substitutions;
        this.users = users;
        this.charts = charts;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    @Override
    public Actor actor() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActingIdentity> actingIdentities() {
        return identities.get(actor());
    }

    private List<ActingIdentity> identitiesOf(Actor me) {
        LocalDate today = LocalDate.now(clock);
        List<Long> principalIds = substitutions.findActiveFor(me.userId(), today).stream()
                .map(Substitution::userId).distinct().toList();
        List<Long> everyone = new ArrayList<>(principalIds);
        everyone.addFirst(me.userId());
        OrgChart chart = charts.today();
        Map<Long, List<RoleInUnit>> roles = memberships.findActive(everyone, today).stream()
                .filter(m -> chart.contains(m.unitId()))
                .collect(Collectors.groupingBy(Membership::userId,
                        Collectors.mapping(m -> new RoleInUnit(m.role(), m.unitId()), Collectors.toList())));
        Map<Long, UserAccount> principals = users.findAllById(principalIds).stream()
                .filter(UserAccount::isActive)
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        List<ActingIdentity> identities = new ArrayList<>();
        identities.add(new ActingIdentity(me.userId(), me.username(), me.fullName(),
                roles.getOrDefault(me.userId(), List.of()), false));
        for (long id : principalIds) {
            UserAccount principal = principals.get(id);
            if (principal != null) {
                identities.add(new ActingIdentity(id, principal.username(), principal.fullName(),
                        roles.getOrDefault(id, List.of()), true));
            }
        }
        return identities;
    }
}
