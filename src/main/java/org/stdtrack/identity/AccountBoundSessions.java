package org.stdtrack.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Browser sessions that follow their account. A session keeps the account as it was at sign-in; on
 * every request its security stamp is compared with the account's (one primary-key read). A disabled,
 * locked or deleted account, or one whose password was changed, is signed out at once; changed roles and
 * committees are read anew and apply from this request on, in the application and in the engine's groups.
 */
class AccountBoundSessions implements SecurityContextRepository {

    private final SecurityContextRepository delegate = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final UserRepository users;
    private final UserDetailsService accounts;
    private final Clock clock;

    AccountBoundSessions(UserRepository users, UserDetailsService accounts, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = delegate.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext current;

            @Override
            public SecurityContext get() {
                if (current == null) {
                    current = followAccount(stored.get(), request);
                }
                return current;
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated() || get().getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return followAccount(delegate.loadContext(holder), holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        delegate.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return delegate.containsContext(request);
    }

    private SecurityContext followAccount(SecurityContext context, HttpServletRequest request) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser signedIn)) {
            return context;
        }
        var state = users.sessionState(signedIn.getUsername());
        if (state.isEmpty() || !state.get().isUsableAt(clock.instant())) {
            signOut(request);
            return new SecurityContextImpl();
        }
        if (state.get().stamp() == signedIn.stamp()) {
            return context;
        }
        SignedInUser fresh = reread(signedIn.getUsername());
        if (fresh == null || !fresh.getPassword().equals(signedIn.getPassword())) {
            // Gone, or its password was changed: whoever signed in with the old one must sign in again.
            signOut(request);
            return new SecurityContextImpl();
        }
        SecurityContext updated = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, updated);
        }
        return updated;
    }

    /** The account as it is now, or null when it may no longer be used. */
    private SignedInUser reread(String username) {
        try {
            SignedInUser fresh = (SignedInUser) accounts.loadUserByUsername(username);
            return fresh.isEnabled() && fresh.isAccountNonLocked() ? fresh : null;
        } catch (UsernameNotFoundException deleted) {
            return null;
        }
    }

    private static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
