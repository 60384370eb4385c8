package org.stdtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stdtrack.support.EmbeddedPostgres;

/** The PostgreSQL profile, configured from the environment's variables, on a real PostgreSQL server. */
class ProductionProfileTest {

    @Test
    void firstStartCreatesTheAdministratorAndNoDemoData() {
        try (var app =
                start(EmbeddedPostgres.newDatabase(database()), "--STDTRACK_ADMIN_PASSWORD=s3cret-first-start")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select username from app_user")
                            .query(String.class)
                            .list())
                    .containsExactly("admin");
            String hash = jdbc.sql("select password from app_user")
                    .query(String.class)
                    .single();
            assertThat(app.getBean(PasswordEncoder.class).matches("s3cret-first-start", hash))
                    .isTrue();
            assertThat(jdbc.sql("select count(*) from standard")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from programme")
                            .query(Long.class)
                            .single())
                    .as("reference data comes with every profile")
                    .isEqualTo(1);
        }
    }

    @Test
    void refusesADatabaseHoldingDemoAccounts() {
        String url = EmbeddedPostgres.newDatabase(database());
        try (var app = start(url, "--STDTRACK_ADMIN_PASSWORD=s3cret-first-start")) {
            app.getBean(JdbcClient.class)
                    .sql("insert into app_user (username, password, display_name, demo) "
                            + "values ('reviewer1', '{noop}reviewer1', 'Copied from a demo database', true)")
                    .update();
        }
        assertThatThrownBy(() -> start(url))
                .hasStackTraceContaining("demo accounts")
                .hasStackTraceContaining("reviewer1");
    }

    @Test
    void refusesToStartWithoutAnyAdministrator() {
        String url = EmbeddedPostgres.newDatabase(database());
        assertThatThrownBy(() -> start(url)).hasStackTraceContaining("STDTRACK_ADMIN_PASSWORD");
    }

    @Test
    void neverRunsTheDemoProfileOnPostgres() {
        String url = EmbeddedPostgres.newDatabase(database());
        assertThatThrownBy(() -> start(url, "--spring.profiles.active=postgres,demo", "--STDTRACK_ADMIN_PASSWORD=x"))
                .hasStackTraceContaining("never run with the postgres profile");
    }

    private static String database() {
        return "prod" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static ConfigurableApplicationContext start(String url, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=postgres",
                "--STDTRACK_DB_URL=" + url,
                "--STDTRACK_DB_USER=postgres",
                "--STDTRACK_DB_PASSWORD=postgres",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=OFF"));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(StdtrackApplication.class).run(arguments.toArray(String[]::new));
    }
}
