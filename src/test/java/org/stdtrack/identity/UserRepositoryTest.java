package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The account statements on each database, below the sign-in and administration suites that use them (those
 * run once, on PostgreSQL): the failure window and the lock, a password change lifting both, the session's
 * stamp, the demo accounts and the row lock that queues concurrent edits.
 */
abstract class UserRepositoryTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    UserRepository users;

    @Autowired
    TransactionTemplate transactions;

    private String newAccount() {
        String name = "repositoryuser" + ACCOUNTS.incrementAndGet();
        users.create(name, "{noop}x", name, null, Set.of());
        return name;
    }

    @Test
    void aGroupsMembersAreItsRolesEnabledHoldersInItsCommittee() {
        String secretary = "members" + ACCOUNTS.incrementAndGet();
        String otherCommittee = "members" + ACCOUNTS.incrementAndGet();
        String disabled = "members" + ACCOUNTS.incrementAndGet();
        String drafter = "members" + ACCOUNTS.incrementAndGet();
        users.create(secretary, "{noop}x", secretary, null, Set.of(new RoleGrant(Role.SECRETARIAT, "TC28-SC38", null)));
        users.create(
                otherCommittee,
                "{noop}x",
                otherCommittee,
                null,
                Set.of(new RoleGrant(Role.SECRETARIAT, "CCSA-TC1", null)));
        users.create(disabled, "{noop}x", disabled, null, Set.of(new RoleGrant(Role.SECRETARIAT, "TC28-SC38", null)));
        users.setEnabled(disabled, false);
        users.create(drafter, "{noop}x", drafter, null, Set.of(new RoleGrant(Role.DRAFTING_GROUP, "TC28-SC38", null)));

        assertThat(users.membersOf(EngineGroups.secretariat("TC28-SC38")))
                .contains(secretary)
                .doesNotContain(otherCommittee, disabled, drafter);
        assertThat(users.membersOf(EngineGroups.draftingGroup("TC28-SC38")))
                .contains(drafter)
                .doesNotContain(secretary);
        assertThat(users.membersOf(EngineGroups.secretariat("CCSA-TC1"))).contains(otherCommittee);
        assertThat(users.membersOf("no-such-group")).isEmpty();
    }

    @Test
    void failuresCountInTheirWindowAndTheLimitLocksTheAccount() {
        String name = newAccount();
        Instant lockUntil = NOW.plus(2, ChronoUnit.HOURS);
        long stamp = users.sessionState(name).orElseThrow().stamp();

        users.recordFailedLogin(name, NOW, NOW.minus(15, ChronoUnit.MINUTES), 3, lockUntil);
        users.recordFailedLogin(name, NOW.plusSeconds(1), NOW.minus(15, ChronoUnit.MINUTES), 3, lockUntil);
        assertThat(users.sessionState(name).orElseThrow().lockedUntil()).isNull();
        // a failure after the window closed starts a new count: two more do not reach the limit
        Instant later = NOW.plus(1, ChronoUnit.HOURS);
        users.recordFailedLogin(name, later, later.minus(15, ChronoUnit.MINUTES), 3, lockUntil);
        users.recordFailedLogin(name, later.plusSeconds(1), later.minus(15, ChronoUnit.MINUTES), 3, lockUntil);
        assertThat(users.sessionState(name).orElseThrow().lockedUntil()).isNull();
        users.recordFailedLogin(name, later.plusSeconds(2), later.minus(15, ChronoUnit.MINUTES), 3, lockUntil);

        var locked = users.sessionState(name).orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(lockUntil);
        assertThat(locked.stamp()).as("a lock signs the sessions out").isGreaterThan(stamp);
        assertThat(locked.isUsableAt(later)).isFalse();
    }

    @Test
    void aPasswordChangeLiftsTheLockAndSignsTheSessionsOut() {
        String name = newAccount();
        users.recordFailedLogin(name, NOW, NOW.minusSeconds(60), 1, NOW.plus(15, ChronoUnit.MINUTES));
        long stamp = users.sessionState(name).orElseThrow().stamp();

        users.changePassword(name, "{noop}y");

        var state = users.sessionState(name).orElseThrow();
        assertThat(state.lockedUntil()).isNull();
        assertThat(state.stamp()).isGreaterThan(stamp);
        assertThat(users.findAccount(name).orElseThrow().passwordHash()).isEqualTo("{noop}y");
        users.setEnabled(name, false);
        assertThat(users.sessionState(name).orElseThrow().isUsableAt(NOW)).isFalse();
    }

    @Test
    void demoAccountsAreListedAndAnAccountsRowCanBeLocked() {
        String demo = newAccount();
        users.markAsDemo(demo);
        assertThat(users.demoAccounts()).contains(demo);
        assertThat(users.demoAccounts()).doesNotContain(newAccount());
        assertThat(transactions.<Boolean>execute(status -> users.lock(demo))).isTrue();
        assertThat(transactions.<Boolean>execute(status -> users.lock("no such account")))
                .isFalse();
    }
}
