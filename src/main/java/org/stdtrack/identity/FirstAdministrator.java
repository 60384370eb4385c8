package org.stdtrack.identity;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A production database starts with no accounts. The first administrator, {@code admin}, is created
 * from STDTRACK_ADMIN_PASSWORD on first start; without an administrator and without that password the
 * application refuses to start rather than run with nobody able to manage it. It also refuses a database
 * that holds demo accounts, whose passwords are their names.
 */
@Component
@Profile("postgres")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String USERNAME = "admin";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final String initialPassword;

    FirstAdministrator(
            UserRepository users,
            PasswordEncoder passwords,
            @Value("${stdtrack.admin.initial-password:}") String initialPassword) {
        this.users = users;
        this.passwords = passwords;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> demoAccounts = users.demoAccounts();
        if (!demoAccounts.isEmpty()) {
            throw new IllegalStateException("This database holds demo accounts with well-known passwords "
                    + demoAccounts + ": delete them before running in production.");
        }
        if (users.exists(USERNAME)) {
            return;
        }
        if (initialPassword.isBlank()) {
            throw new IllegalStateException("No administrator account exists: set STDTRACK_ADMIN_PASSWORD "
                    + "for the first start, and the account 'admin' is created with it.");
        }
        users.create(
                USERNAME,
                passwords.encode(initialPassword),
                "Administrator",
                null,
                Set.of(RoleGrant.global(Role.ADMIN)));
        log.info("Created the first administrator account '{}'", USERNAME);
    }
}
