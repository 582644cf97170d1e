package com.promisedesk.server;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.jdbc.Connections;
import com.promisedesk.jdbc.TransactionStyle;
import com.promisedesk.jdbc.TransactionTemplate;
import com.promisedesk.jdbc.Work;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The central store's database: a SQLite file by default, PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. A connection pool; migrated on open; every request's
 * transaction runs through the {@link TransactionTemplate} the local store uses too.
 */
public final class ServerDatabase implements AutoCloseable {

    /** The SQLite file the central store keeps in its data folder. */
    public static final String SQLITE_FILE = "central-store.db";
    /** Where the PostgreSQL user and password come from, never the command line. */
    public static final String USER_ENV = "PROMISEDESK_DB_USER";
    public static final String PASSWORD_ENV = "PROMISEDESK_DB_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);

    /**
     * How long a write waits for another writer's lock before the request is answered 503
     * (busy, retry later): well below the client's 120 s request timeout, so the rep hears
     * "busy" rather than a timeout.
     */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(20);

    private final HikariDataSource pool;
    private final String description;
    private final TransactionTemplate transactions;

    private ServerDatabase(HikariDataSource pool, String description, TransactionStyle style) {
        this.pool = pool;
        this.description = description;
        this.transactions = new TransactionTemplate(new Pool(), style);
    }

    /** The SQLite file {@value #SQLITE_FILE} in {@code dataDir}. */
    public static ServerDatabase sqlite(Path dataDir) {
        return sqlite(dataDir, LOCK_WAIT);
    }

    /** The SQLite file {@value #SQLITE_FILE} in {@code dataDir}; a write waits at most {@code busyTimeout} for the lock. */
    public static ServerDatabase sqlite(Path dataDir, Duration busyTimeout) {
        Path file = dataDir.toAbsolutePath().resolve(SQLITE_FILE);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new ServerStoreException("could not create the data folder " + file.getParent() + ": " + FailureWords.why(e), e);
        }
        ownerOnly(file);
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setBusyTimeout((int) busyTimeout.toMillis());
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file);
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setMaximumPoolSize(4);
        config.setPoolName("central-store-sqlite");
        return open(config, "SQLite " + file, TransactionStyle.BEGIN_IMMEDIATE);
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
            throw new ServerStoreException("could not make " + file + " readable by its owner only: " + FailureWords.why(e), e);
        }
    }

    /**
     * PostgreSQL at {@code jdbcUrl}; user and password from {@value #USER_ENV} and
     * {@value #PASSWORD_ENV} when set (else whatever the URL says).
     */
    public static ServerDatabase postgres(String jdbcUrl, String user, String password, int poolSize) {
        return postgres(jdbcUrl, user, password, poolSize, LOCK_WAIT);
    }

    /** As above; a statement waits at most {@code lockTimeout} for a lock another connection holds. */
    public static ServerDatabase postgres(String jdbcUrl, String user, String password, int poolSize,
                                          Duration lockTimeout) {
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
        // A lock held elsewhere (a long report, a manual LOCK TABLE) makes the request busy (503), not hang.
        config.setConnectionInitSql("SET lock_timeout = " + lockTimeout.toMillis());
        return open(config, "PostgreSQL " + withoutQuery(jdbcUrl), TransactionStyle.DRIVER);
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

    private static ServerDatabase open(HikariConfig config, String description, TransactionStyle style) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ServerStoreException("could not connect to " + description + ": " + why(e), e);
        }
        try {
            var result = Flyway.configure().dataSource(pool).locations("classpath:db/server")
                    .javaMigrations(new PromiseStatusFill(), new HistoryFeedFill()).load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated the central store ({}) to schema version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            pool.close();
            throw new ServerStoreException("could not update the tables of " + description + ": " + why(e), e);
        }
        LOG.info("Central store on {}", description);
        return new ServerDatabase(pool, description, style);
    }

    private static String why(Throwable e) {
        return FailureWords.damagedDatabase(e)
                ? "it is not a PromiseDesk database, or it is damaged; restore it from a backup" : FailureWords.why(e);
    }

    /**
     * Runs {@code work} in one transaction of its own: all of it is committed or none of it.
     * A connection whose begin, commit or rollback failed is closed for good rather than handed
     * to the next request ({@link TransactionTemplate}).
     */
    public <T> T write(Work<T> work) throws SQLException {
        return transactions.write(work);
    }

    /** Runs {@code work} with auto-commit (each statement sees what is committed). */
    public <T> T read(Work<T> work) throws SQLException {
        return transactions.read(work);
    }

    /** The pool as the transaction template sees it: borrowed, given back, or evicted. */
    private final class Pool implements Connections {

        /** A pooled connection in auto-commit mode, as every request expects to find it. */
        @Override
        public Connection borrow() throws SQLException {
            for (int attempt = 0; ; attempt++) {
                Connection connection = pool.getConnection();
                boolean autoCommit;
                try {
                    autoCommit = connection.getAutoCommit();
                } catch (SQLException e) {
                    autoCommit = false;
                }
                if (autoCommit || attempt == 3) {
                    if (!autoCommit) {
                        pool.evictConnection(connection);
                        throw new SQLException("the pool handed out connections left inside a transaction", "08003");
                    }
                    return connection;
                }
                LOG.warn("A pooled connection was left inside a transaction; closed it");
                pool.evictConnection(connection);
            }
        }

        @Override
        public void giveBack(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public void discard(Connection connection, Throwable why) {
            LOG.warn("Closed a database connection whose transaction could not be begun or ended: {}", why.getMessage());
            pool.evictConnection(connection);
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
