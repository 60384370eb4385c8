package org.stdtrack.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.OneLine;
import org.stdtrack.programme.ReferenceData;

/**
 * Accounts, roles and committee memberships, managed by administrators: the rules and transactions that
 * the account API and the account pages share.
 */
@Service
class Accounts {

    /** bcrypt reads at most this many bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final ReferenceData referenceData;
    private final PasswordEncoder passwords;
    private final AccountPolicy policy;
    private final Clock clock;

    Accounts(
            UserRepository users,
            ReferenceData referenceData,
            PasswordEncoder passwords,
            AccountPolicy policy,
            Clock clock) {
        this.users = users;
        this.referenceData = referenceData;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
    }

    /** Roles and committee memberships an account may hold at most. */
    static final int MAX_GRANTS = 50;

    record Grant(
            @NotNull Role role,
            @Size(max = 32) String committee,
            @Size(max = 32) String programme) {}

    record NewAccount(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{2,64}", message = "2 to 64 letters and digits")
            String username,

            @NotBlank @OneLine @Size(max = 200) String displayName,
            @Size(max = 32) String organisation,
            @NotBlank @Size(max = 200) String password,
            @NotNull @Size(max = MAX_GRANTS) List<@Valid @NotNull Grant> roles,
            @Email @Size(max = 254) String email) {}

    /** Where the account's notifications are sent; none (null) sends none by e-mail. */
    record EmailAddress(@Email @Size(max = 254) String email) {}

    record PasswordReset(@NotBlank @Size(max = 200) String password) {}

    record AccountView(
            String username,
            String displayName,
            String organisation,
            boolean enabled,
            boolean locked,
            Set<RoleGrant> roles,
            String email) {}

    List<AccountView> list(AppUser admin) {
        requireAdmin(admin);
        return users.accounts().stream().map(this::view).toList();
    }

    AccountView get(AppUser admin, String username) {
        requireAdmin(admin);
        return view(account(username));
    }

    @Transactional
    AccountView create(AppUser admin, NewAccount body) {
        requireAdmin(admin);
        checkPassword(body.password());
        if (body.organisation() != null && !referenceData.organisationExists(body.organisation())) {
            throw ApiException.invalid("organisation", "No organisation with code '" + body.organisation() + "'.");
        }
        Set<RoleGrant> grants = grants(body.roles());
        if (users.exists(body.username())) {
            throw ApiException.conflict("An account named '" + body.username() + "' already exists.");
        }
        users.create(
                body.username(), passwords.encode(body.password()), body.displayName(), body.organisation(), grants);
        users.setEmail(body.username(), body.email());
        return view(account(body.username()));
    }

    @Transactional
    AccountView email(AppUser admin, String username, EmailAddress body) {
        requireAdmin(admin);
        account(username);
        users.setEmail(username, body.email());
        return view(account(username));
    }

    /** Replaces the account's roles and committee memberships. */
    @Transactional
    AccountView roles(AppUser admin, String username, List<Grant> roles) {
        requireAdmin(admin);
        users.lock(username);
        account(username);
        Set<RoleGrant> grants = grants(roles);
        if (username.equals(admin.username()) && grants.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
            throw ApiException.conflict("Administrators cannot remove their own administrator role.");
        }
        users.replaceGrants(username, grants);
        return view(account(username));
    }

    /**
     * Changes the account's current grants (add one, remove one) and saves them with the rules of
     * {@link #roles}: read after the account's lock, so that two administrators' changes both count.
     */
    @Transactional
    AccountView changeRoles(AppUser admin, String username, Consumer<List<Grant>> change) {
        requireAdmin(admin);
        users.lock(username);
        List<Grant> grants = new ArrayList<>(account(username).user().grants().stream()
                .map(g -> new Grant(g.role(), g.committee(), g.programme()))
                .toList());
        change.accept(grants);
        return roles(admin, username, grants);
    }

    /** Sets a new password and lifts a lock. */
    @Transactional
    AccountView resetPassword(AppUser admin, String username, PasswordReset body) {
        requireAdmin(admin);
        account(username);
        checkPassword(body.password());
        users.changePassword(username, passwords.encode(body.password()));
        return view(account(username));
    }

    @Transactional
    AccountView disable(AppUser admin, String username) {
        requireAdmin(admin);
        account(username);
        if (username.equals(admin.username())) {
            throw ApiException.conflict("Administrators cannot disable their own account.");
        }
        users.setEnabled(username, false);
        return view(account(username));
    }

    @Transactional
    AccountView enable(AppUser admin, String username) {
        requireAdmin(admin);
        account(username);
        users.setEnabled(username, true);
        return view(account(username));
    }

    private Set<RoleGrant> grants(List<Grant> requested) {
        Set<RoleGrant> grants = new LinkedHashSet<>();
        for (Grant grant : requested) {
            if (grant.role().isCommitteeScoped() && grant.committee() == null) {
                throw ApiException.invalid("roles", grant.role() + " is granted for a committee: give 'committee'.");
            }
            if (!grant.role().isCommitteeScoped() && grant.committee() != null) {
                throw ApiException.invalid(
                        "roles", grant.role() + " is not granted per committee: leave 'committee' out.");
            }
            if (grant.committee() != null
                    && referenceData.committee(grant.committee()).isEmpty()) {
                throw ApiException.invalid("roles", "No committee with code '" + grant.committee() + "'.");
            }
            if (grant.role().isProgrammeScoped() != (grant.programme() != null)) {
                throw ApiException.invalid(
                        "roles",
                        grant.role()
                                + (grant.role().isProgrammeScoped()
                                        ? " is granted for a programme: give 'programme'."
                                        : " is not granted per programme: leave 'programme' out."));
            }
            if (grant.programme() != null
                    && referenceData.programme(grant.programme()).isEmpty()) {
                throw ApiException.invalid("roles", "No programme with code '" + grant.programme() + "'.")
                        .withText("problem.noProgramme", grant.programme());
            }
            grants.add(new RoleGrant(grant.role(), grant.committee(), grant.programme()));
        }
        return grants;
    }

    private void checkPassword(String password) {
        if (password.length() < policy.passwordMinLength()) {
            throw ApiException.invalid(
                    "password", "A password needs at least " + policy.passwordMinLength() + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ApiException.invalid(
                    "password",
                    "A password has at most " + MAX_PASSWORD_BYTES
                            + " bytes in UTF-8 (bcrypt reads no more): 72 Latin letters or digits, 24 Chinese characters.");
        }
    }

    private UserRepository.Account account(String username) {
        return users.findAccount(username)
                .orElseThrow(() -> ApiException.notFound("No account named '" + username + "'."));
    }

    private AccountView view(UserRepository.Account account) {
        Instant now = clock.instant();
        AppUser user = account.user();
        return new AccountView(
                user.username(),
                user.displayName(),
                user.organisation(),
                account.enabled(),
                account.isLockedAt(now),
                user.grants(),
                users.email(user.username()).orElse(null));
    }

    private static void requireAdmin(AppUser user) {
        if (!user.isAdmin()) {
            throw ApiException.forbidden("Only administrators manage accounts.");
        }
    }
}
