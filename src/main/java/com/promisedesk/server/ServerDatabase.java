package com.promisedesk.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The central store's database: a SQLite file by default, PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. A connection pool; migrated on open; the one place
 * that commits.
 */
public final class ServerDatabase implements AutoCloseable {

    /** The SQLite file the central store keeps in its data folder. */
    public static final String SQLITE_FILE = "central-store.db";
    /** Where the PostgreSQL user and password come from, never the command line. */
    public static final String USER_ENV = "PROMISEDESK_DB_USER";
    public static final String PASSWORD_ENV = "PROMISEDESK_DB_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);

    /** A piece of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final String description;

    private ServerDatabase(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /** The SQLite file {@value #SQLITE_FILE} in {@code dataDir}. */
    public static ServerDatabase sqlite(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(SQLITE_FILE);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new ServerStoreException("could not create the data folder " + file.getParent() + ": " + e, e);
        }
        ownerOnly(file);
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setBusyTimeout(30_000);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // A writer takes the lock when it begins, so two pushes never deadlock upgrading a read lock.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file);
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setMaximumPoolSize(4);
        config.setPoolName("central-store-sqlite");
        return open(config, "SQLite " + file);
    }

    /**
     * The store holds every promise and the token hashes: only the user the server runs as may
     * read it (mode 600). SQLite gives the -wal and -shm files the mode of the database file,
     * so the file is made before SQLite opens it; an older, wider file is narrowed.
     */
    private static void ownerOnly(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        try {
            if (Files.notExists(file)) {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(mode));
            }
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path part = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(part)) {
                    Files.setPosixFilePermissions(part, mode);
                }
            }
        } catch (IOException e) {
            throw new ServerStoreException("could not make " + file + " readable by its owner only: " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL at {@code jdbcUrl}; user and password from {@value #USER_ENV} and
     * {@value #PASSWORD_ENV} when set (else whatever the URL says).
     */
    public static ServerDatabase postgres(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("central-store-postgresql");
        return open(config, "PostgreSQL " + withoutQuery(jdbcUrl));
    }

    /** {@code --db URL} or, without one, the SQLite file in {@code dataDir}. */
    public static ServerDatabase open(String jdbcUrl, Path dataDir) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return sqlite(dataDir);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return postgres(jdbcUrl, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV), 16);
        }
        throw new ServerStoreException("--db must be a jdbc:postgresql:// URL (or leave it out for the SQLite file); was "
                + withoutQuery(jdbcUrl));
    }

    private static String withoutQuery(String url) {
        // The query may carry a password; it never goes into a message or the log.
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    private static ServerDatabase open(HikariConfig config, String description) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ServerStoreException("could not connect to " + description + ": " + rootMessage(e), e);
        }
        try {
            var result = Flyway.configure().dataSource(pool).locations("classpath:db/server").load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated the central store ({}) to schema version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            pool.close();
            throw new ServerStoreException("could not update the tables of " + description + ": " + e.getMessage(), e);
        }
        LOG.info("Central store on {}", description);
        return new ServerDatabase(pool, description);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Runs {@code work} in one transaction: all of it is committed or none of it. */
    public <T> T write(Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    /** Runs {@code work} with auto-commit (each statement sees what is committed). */
    public <T> T read(Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        }
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
