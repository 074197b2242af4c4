package vn.boardflow.org.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.boardflow.org.Actor;

/**
 * The signed-in user as Spring Security holds them. Authorities are the roles held today in open
 * units; scope within units is checked per command by the access policy.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private final List<GrantedAuthority> authorities;
    private String password;

    AccountPrincipal(Actor actor, String password, boolean enabled, boolean accountNonLocked,
                     List<GrantedAuthority> authorities) {
        this.actor = actor;
        this.password = password;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.authorities = List.copyOf(authorities);
    }

    Actor actor() {
        return actor;
    }

    long userId() {
        return actor.userId();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Spring Security calls this after authentication, so the hash is not kept in the session. */
    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.actor.equals(actor);
    }

    @Override
    public int hashCode() {
        return actor.hashCode();
    }

    @Override
    public String toString() {
        return actor.username();
    }
}
