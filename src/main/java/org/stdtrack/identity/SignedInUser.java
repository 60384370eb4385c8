package org.stdtrack.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; the application works with the {@link AppUser} inside. */
final class SignedInUser implements UserDetails {

    private final AppUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    /** The account's security stamp when this was read: a session holding an older one is out of date. */
    private final long stamp;

    SignedInUser(AppUser user, String passwordHash, boolean enabled, boolean locked, long stamp) {
        this.user = user;
        this.stamp = stamp;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    AppUser user() {
        return user;
    }

    long stamp() {
        return stamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> roles = user.grants().stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .distinct()
                .toList();
        return roles;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
