package org.stdtrack.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.persistence.Timestamps;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member of a committee's voting roll and the organisation they belong to (for recusal). */
    public record Voter(String username, String organisation) {}

    record Account(
            String username, String passwordHash, boolean enabled, Instant lockedUntil, long stamp, AppUser user) {

        boolean isLockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** What an open session needs to know of its account on every request. */
    record SessionState(boolean enabled, Instant lockedUntil, long stamp) {

        boolean isUsableAt(Instant now) {
            return enabled && (lockedUntil == null || !now.isBefore(lockedUntil));
        }
    }

    Optional<SessionState> sessionState(String username) {
        return jdbc.sql("select enabled, locked_until, security_stamp from app_user where username = ?")
                .param(username)
                .query((rs, n) ->
                        new SessionState(rs.getBoolean(1), Timestamps.instant(rs, "locked_until"), rs.getLong(3)))
                .optional();
    }

    /**
     * The account with its grants. Two queries one after the other, never one inside the other's row
     * mapping: outside a transaction each takes its own pooled connection, and under load threads holding
     * one while waiting for a second emptied the pool (LoadTest).
     */
    Optional<Account> findAccount(String username) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new Account(
                        rs.getString("username"),
                        rs.getString("password"),
                        rs.getBoolean("enabled"),
                        Timestamps.instant(rs, "locked_until"),
                        rs.getLong("security_stamp"),
                        new AppUser(
                                rs.getString("username"),
                                rs.getString("display_name"),
                                rs.getString("organisation_code"),
                                Set.of())))
                .optional()
                .map(a -> new Account(
                        a.username(),
                        a.passwordHash(),
                        a.enabled(),
                        a.lockedUntil(),
                        a.stamp(),
                        new AppUser(
                                a.user().username(),
                                a.user().displayName(),
                                a.user().organisation(),
                                grants(a.username()))));
    }

    /** Locks the account's row until the transaction ends, so that concurrent edits of it queue. */
    boolean lock(String username) {
        return !jdbc.sql("select username from app_user where username = ? for update")
                .param(username)
                .query(String.class)
                .list()
                .isEmpty();
    }

    List<Account> accounts() {
        return jdbc.sql("select username from app_user order by username").query(String.class).list().stream()
                .map(name -> findAccount(name).orElseThrow())
                .toList();
    }

    /**
     * Counts a failed sign-in in the account's failure window (a new window opens when the last one began
     * at or before {@code windowOpenedAfter}); the failure that reaches the limit locks the account until
     * {@code lockUntil}. Successful sign-ins never touch the count.
     */
    void recordFailedLogin(
            String username, Instant now, Instant windowOpenedAfter, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                update app_user set
                    failed_logins = case when failure_window_start is null or failure_window_start <= ? then 1 else failed_logins + 1 end,
                    failure_window_start = case when failure_window_start is null or failure_window_start <= ? then ? else failure_window_start end
                where username = ?""")
                .params(
                        Timestamps.toDb(windowOpenedAfter),
                        Timestamps.toDb(windowOpenedAfter),
                        Timestamps.toDb(now),
                        username)
                .update();
        jdbc.sql("""
                update app_user set locked_until = ?, failed_logins = 0, failure_window_start = null,
                    security_stamp = security_stamp + 1
                where username = ? and failed_logins >= ?""").params(Timestamps.toDb(lockUntil), username, maxFailures).update();
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql(
                        "update app_user set password = ?, failed_logins = 0, failure_window_start = null, locked_until = null, security_stamp = security_stamp + 1 where username = ?")
                .params(passwordHash, username)
                .update();
    }

    /** The interface language the user chose, if any (a BCP 47 tag such as "zh" or "en"). */
    public Optional<String> preferredLanguage(String username) {
        return jdbc.sql("select preferred_language from app_user where username = ?")
                .param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(l -> l);
    }

    public void setPreferredLanguage(String username, String language) {
        jdbc.sql("update app_user set preferred_language = ? where username = ?")
                .params(language, username)
                .update();
    }

    public void markAsDemo(String username) {
        jdbc.sql("update app_user set demo = true where username = ?")
                .param(username)
                .update();
    }

    List<String> demoAccounts() {
        return jdbc.sql("select username from app_user where demo order by username")
                .query(String.class)
                .list();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = ?, security_stamp = security_stamp + 1 where username = ?")
                .params(enabled, username)
                .update();
    }

    void replaceGrants(String username, Set<RoleGrant> grants) {
        jdbc.sql("delete from user_role where username = ?").param(username).update();
        insertGrants(username, grants);
        jdbc.sql("update app_user set security_stamp = security_stamp + 1 where username = ?")
                .param(username)
                .update();
    }

    public Optional<AppUser> find(String username) {
        return findAccount(username).map(Account::user);
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void create(
            String username, String passwordHash, String displayName, String organisation, Set<RoleGrant> grants) {
        jdbc.sql(
                        "insert into app_user (username, password, display_name, organisation_code, enabled) values (?, ?, ?, ?, true)")
                .params(username, passwordHash, displayName, organisation)
                .update();
        insertGrants(username, grants);
    }

    public void setEmail(String username, String email) {
        jdbc.sql("update app_user set email = ? where username = ?")
                .params(email == null || email.isBlank() ? null : email.strip(), username)
                .update();
    }

    public Optional<String> email(String username) {
        return jdbc.sql("select email from app_user where username = ?")
                .param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(e -> e);
    }

    /** The members of a committee's group: its role's holders in the committee, by index (V64). */
    static final String MEMBERS_IN_COMMITTEE = """
            select distinct r.username from user_role r join app_user u on u.username = r.username
            where r.committee_code = ? and r.role = ? and u.enabled order by r.username""";

    /**
     * The enabled accounts whose grants put them in the engine's candidate group (see {@link EngineGroups}): the
     * holders of the group's role, in its committee for a committee's group. Asked at every new task, so found
     * by the index rather than by reading every account's grants (60,000 accounts nationally).
     */
    public List<String> membersOf(String engineGroup) {
        Optional<Role> role = EngineGroups.role(engineGroup);
        if (role.isEmpty()) {
            return List.of();
        }
        if (!role.get().isCommitteeScoped()) {
            return jdbc.sql("""
                    select distinct r.username from user_role r join app_user u on u.username = r.username
                    where r.role = ? and u.enabled order by r.username""").param(role.get().name()).query(String.class).list();
        }
        List<String> members = new ArrayList<>();
        for (String committee :
                jdbc.sql("select code from committee").query(String.class).list()) {
            if (EngineGroups.of(Set.of(new RoleGrant(role.get(), committee, null)))
                    .contains(engineGroup)) {
                members.addAll(jdbc.sql(MEMBERS_IN_COMMITTEE)
                        .params(committee, role.get().name())
                        .query(String.class)
                        .list());
            }
        }
        return members;
    }

    public boolean isEnabled(String username) {
        return jdbc.sql("select count(*) from app_user where username = ? and enabled")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The enabled administrators. */
    public List<String> administrators() {
        return jdbc.sql("""
                select r.username from user_role r join app_user u on u.username = r.username
                where u.enabled and r.role = ? order by r.username""").param(Role.ADMIN.name()).query(String.class).list();
    }

    /** The enabled accounts that manage the programme (its programme office). */
    public List<String> programmeManagers(String programme) {
        return jdbc.sql("""
                select r.username from user_role r join app_user u on u.username = r.username
                where u.enabled and r.role = ? and r.programme_code = ? order by r.username""")
                .params(Role.PROGRAMME_MANAGER.name(), programme)
                .query(String.class)
                .list();
    }

    /** The enabled accounts holding this role in the committee. */
    public List<String> withRole(Role role, String committee) {
        return jdbc.sql("""
                select r.username from user_role r join app_user u on u.username = r.username
                where u.enabled and r.role = ? and r.committee_code = ? order by r.username""").params(role.name(), committee).query(String.class).list();
    }

    private void insertGrants(String username, Set<RoleGrant> grants) {
        for (RoleGrant grant : grants) {
            jdbc.sql("insert into user_role (username, role, committee_code, programme_code) values (?, ?, ?, ?)")
                    .params(username, grant.role().name(), grant.committee(), grant.programme())
                    .update();
        }
    }

    /** Enabled users on the committee's voting roll, in a stable order. */
    public List<Voter> votingMembers(String committee) {
        return jdbc.sql("""
                select u.username, u.organisation_code from app_user u
                join user_role r on r.username = u.username
                where r.role = ? and r.committee_code = ? and u.enabled
                order by u.username""")
                .params(Role.VOTING_MEMBER.name(), committee)
                .query((rs, n) -> new Voter(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Whether the user is, now, an enabled member on the committee's voting roll. */
    public boolean isVotingMember(String committee, String username) {
        return votingMembers(committee).stream().anyMatch(v -> v.username().equals(username));
    }

    private Set<RoleGrant> grants(String username) {
        return new LinkedHashSet<>(jdbc.sql(
                        "select role, committee_code, programme_code from user_role where username = ? order by id")
                .param(username)
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list());
    }
}
