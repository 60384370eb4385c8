package org.stdtrack.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member of a committee's voting roll and the organisation they belong to (for recusal). */
    public record Voter(String username, String organisation) {
    }

    record Account(String username, String passwordHash, boolean enabled, AppUser user) {
    }

    Optional<Account> findAccount(String username) {
        return jdbc.sql("select username, password, display_name, organisation_code, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new Account(rs.getString("username"), rs.getString("password"),
                        rs.getBoolean("enabled"), new AppUser(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("organisation_code"), grants(rs.getString("username")))))
                .optional();
    }

    public Optional<AppUser> find(String username) {
        return findAccount(username).map(Account::user);
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single() > 0;
    }

    public void create(String username, String passwordHash, String displayName, String organisation, Set<RoleGrant> grants) {
        jdbc.sql("insert into app_user (username, password, display_name, organisation_code, enabled) values (?, ?, ?, ?, true)")
                .params(username, passwordHash, displayName, organisation).update();
        for (RoleGrant grant : grants) {
            jdbc.sql("insert into user_role (username, role, committee_code) values (?, ?, ?)")
                    .params(username, grant.role().name(), grant.committee()).update();
        }
    }

    /** Enabled users on the committee's voting roll, in a stable order. */
    public List<Voter> votingMembers(String committee) {
        return jdbc.sql("""
                select u.username, u.organisation_code from app_user u
                join user_role r on r.username = u.username
                where r.role = 'VOTING_MEMBER' and r.committee_code = ? and u.enabled
                order by u.username""")
                .param(committee)
                .query((rs, n) -> new Voter(rs.getString(1), rs.getString(2)))
                .list();
    }

    private Set<RoleGrant> grants(String username) {
        return new LinkedHashSet<>(jdbc.sql("select role, committee_code from user_role where username = ? order by id")
                .param(username)
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getString(2)))
                .list());
    }
}
