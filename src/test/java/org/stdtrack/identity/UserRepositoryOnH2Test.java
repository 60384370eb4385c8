package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.support.OnH2;

@OnH2
class UserRepositoryOnH2Test extends UserRepositoryTest {

    @Autowired
    JdbcTemplate jdbc;

    /** A new task's candidates are found by the committee's index, not by reading every account's grants. */
    @Test
    void aCommitteesGroupIsFoundByItsIndex() {
        String plan = jdbc.queryForObject(
                "explain " + UserRepository.MEMBERS_IN_COMMITTEE, String.class, "TC28-SC38", "SECRETARIAT");
        assertThat(plan).containsIgnoringCase("USER_ROLE_COMMITTEE");
    }
}
