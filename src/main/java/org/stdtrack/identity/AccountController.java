package org.stdtrack.identity;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.Accounts.AccountView;
import org.stdtrack.identity.Accounts.Grant;
import org.stdtrack.identity.Accounts.NewAccount;
import org.stdtrack.identity.Accounts.PasswordReset;

/** The account API: binds requests to {@link Accounts}, where the rules are. */
@RestController
@RequestMapping("/api/users")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<AccountView> list(AppUser admin) {
        return accounts.list(admin);
    }

    @GetMapping("/{username}")
    AccountView get(AppUser admin, @PathVariable String username) {
        return accounts.get(admin, username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AccountView> create(AppUser admin, @Valid @RequestBody NewAccount body) {
        AccountView created = accounts.create(admin, body);
        return ResponseEntity.created(URI.create("/api/users/" + created.username()))
                .body(created);
    }

    /** Replaces the account's roles and committee memberships. */
    @PutMapping("/{username}/roles")
    AccountView roles(
            AppUser admin,
            @PathVariable String username,
            @RequestBody
                    @NotNull
                    @Size(max = Accounts.MAX_GRANTS)
                    @ArraySchema(maxItems = Accounts.MAX_GRANTS, schema = @Schema(implementation = Grant.class))
                    List<@Valid @NotNull Grant> roles) {
        return accounts.roles(admin, username, roles);
    }

    @PutMapping("/{username}/email")
    AccountView email(AppUser admin, @PathVariable String username, @Valid @RequestBody Accounts.EmailAddress body) {
        return accounts.email(admin, username, body);
    }

    /** Sets a new password and lifts a lock. */
    @PostMapping("/{username}/password")
    AccountView resetPassword(AppUser admin, @PathVariable String username, @Valid @RequestBody PasswordReset body) {
        return accounts.resetPassword(admin, username, body);
    }

    @PostMapping("/{username}/disable")
    AccountView disable(AppUser admin, @PathVariable String username) {
        return accounts.disable(admin, username);
    }

    @PostMapping("/{username}/enable")
    AccountView enable(AppUser admin, @PathVariable String username) {
        return accounts.enable(admin, username);
    }
}
