package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.Actor;
import vn.boardflow.org.OrgChart;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final OrgCharts charts;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository users, MembershipRepository memberships, OrgCharts charts, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.charts = charts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(UserProfile.normalisedUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        OrgChart chart = charts.today();
        LocalDate today = LocalDate.now(clock);
        List<GrantedAuthority> authorities = memberships.rolesHeld(account.id(), today).stream()
                .filter(held -> chart.contains(held.unitId()))
                .map(held -> (GrantedAuthority) new SimpleGrantedAuthority(held.role().authority()))
                .distinct()
                .toList();
        return new AccountPrincipal(new Actor(account.id(), account.username(), account.fullName()), account.passwordHash(),
                account.isActive(), !account.isLockedAt(clock.instant()), authorities);
    }
}
