package com.promisedesk.store;

import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The local SQLite store of one device: the file {@value #FILE_NAME} in the data folder,
 * migrated on open when its tables are older than this app's ({@link LocalSchema}), in WAL mode with foreign keys enforced. One connection, used by
 * one thread at a time; safe to call from a background executor.
 */
public final class LocalStore implements AutoCloseable {

    /** The page cache, in KB, outside a sync and during one ({@link SyncStore#roomForSync}). */
    static final int CACHE_KB = 8_000;
    static final int SYNC_CACHE_KB = 32_000;

    static final String FILE_NAME = "promisedesk.db";

    private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);
    /** How long a write waits for another process (say the CLI) holding the file before it gives up. */
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Transactions transactions;
    private final CatalogRepository catalogs;
    private final PromiseRepository promises;
    private final Outbox outbox;
    private final RevisionRepository revisions;
    private final MilestoneRepository milestones;
    private final DeliveryRepository deliveries;
    private final CustomerConfirmations confirmations;
    private final NoticeRepository notices;
    private final SyncStore sync;
    private final ExceptionRequests requests;
    private final TodayRepository today;

    private LocalStore(Path file, Transactions transactions, Clock clock) {
        this.file = file;
        this.transactions = transactions;
        this.outbox = new Outbox(transactions, clock);
        this.catalogs = new CatalogRepository(transactions, clock);
        this.promises = new PromiseRepository(transactions, outbox, clock);
        this.revisions = new RevisionRepository(transactions, outbox, clock);
        this.confirmations = new CustomerConfirmations(transactions);
        this.requests = new ExceptionRequests(transactions, promises, outbox, clock);
        this.milestones = new MilestoneRepository(transactions, outbox, clock, promises);
        this.deliveries = new DeliveryRepository(transactions, outbox, promises);
        this.notices = new NoticeRepository(transactions, outbox, revisions, clock);
        this.today = new TodayRepository(transactions, catalogs);
        this.sync = new SyncStore(transactions, promises, catalogs, requests, clock);
    }

    /** Whether {@code dataDir} already holds a local store (opening one creates it). */
    public static boolean exists(Path dataDir) {
        return java.nio.file.Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    public static LocalStore open(Path dataDir) throws StoreException {
        return open(dataDir, Clock.systemUTC());
    }

    /** Opens the store with the clock that stamps imports, updates and outbox entries. */
    public static LocalStore open(Path dataDir, Clock clock) throws StoreException {
        Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("could not create the data folder " + file.getParent() + ": " + FailureWords.why(e), e);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + file);
        migrate(dataSource, file);
        try {
            Connection connection = dataSource.getConnection();
            LOG.info("Opened the local store {}", file);
            return new LocalStore(file, new Transactions(connection), clock);
        } catch (SQLException e) {
            throw unusable(file, "could not open the local store " + file, e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // 8 MB of page cache (the default is 2 MB): a search of a 50,000-capability catalog and a
        // big promise's lines fit; a sync asks for more while it runs (roomForSync).
        config.setCacheSize(-CACHE_KB);
        // Take the write lock when the transaction begins, not at its first write, so two
        // processes cannot both read and then deadlock on upgrading to a writer.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Nothing here asks JDBC for generated keys (CatalogRepository selects last_insert_rowid()
        // itself); left on, the driver runs that select after every INSERT, which doubled the
        // statements of a first sync.
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        if (LocalSchema.isCurrent(dataSource)) {
            LOG.debug("The local store {} is at schema version {}: nothing to migrate", file, LocalSchema.NEWEST_MIGRATION);
            return;
        }
        WithFlyway.migrate(dataSource, file);
    }

    /**
     * Flyway's part of opening, in a class of its own: verifying a method that catches
     * {@link FlywayException} loads that class, and with it Flyway, even when the store is current.
     */
    private static final class WithFlyway {

        static void migrate(SQLiteDataSource dataSource, Path file) {
            try {
                MigrateResult result = Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/local")
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    LOG.info("Migrated the local store {} to schema version {}", file, result.targetSchemaVersion);
                }
            } catch (FlywayException e) {
                throw unusable(file, "could not update the tables of the local store " + file, e);
            }
        }
    }

    /** Why the file cannot serve as the local store, and what to do when it is not a database at all. */
    private static StoreException unusable(Path file, String what, Exception e) {
        if (FailureWords.damagedDatabase(e)) {
            return new StoreException("the local store " + file + " is not a PromiseDesk database or is damaged:"
                    + " move it aside (keep it, it may hold changes not yet synced), then run sync to fetch your"
                    + " promises from the central store again", e);
        }
        return new StoreException(what + ": " + FailureWords.why(e), e);
    }

    /** The SQLite file. */
    public Path file() {
        return file;
    }

    public CatalogRepository catalogs() {
        return catalogs;
    }

    public PromiseRepository promises() {
        return promises;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Issued written summaries, append-only. */
    public RevisionRepository revisions() {
        return revisions;
    }

    /** The customer's confirmations of read-backs, each carried by the next revision issued. */
    public CustomerConfirmations confirmations() {
        return confirmations;
    }

    /** The milestones of delivery of each promise. */
    public MilestoneRepository milestones() {
        return milestones;
    }

    /** The delivery marks of agreed promises: lines delivered or cancelled, promises withdrawn. */
    public DeliveryRepository deliveries() {
        return deliveries;
    }

    /** Customer notices of agreed promises: drafted, issued with a revision, marked sent. */
    public NoticeRepository notices() {
        return notices;
    }

    /** Sync state: cursor, server versions, conflicts, team bookings. */
    public SyncStore sync() {
        return sync;
    }

    /** Exception requests of this rep and the decisions pulled for them. */
    /** What the Today view reads of every promise at once. */
    public TodayRepository today() {
        return today;
    }

    public ExceptionRequests requests() {
        return requests;
    }

    /**
     * Writes a copy of the whole store to {@code file}, consistent as of one moment while the
     * store is in use (SQLite's online backup, between two pieces of work of this store); a rep
     * restores from it by putting it in place of {@value #FILE_NAME}. Nothing is left at
     * {@code file} when it fails; the exception says why in plain words.
     *
     * @return the file written, as an absolute path
     */
    public Path backupTo(Path file) {
        return StoreBackup.write(transactions, file);
    }

    /** For tests that must look at the connection itself (pragmas). */
    Transactions transactions() {
        return transactions;
    }

    /** Closes the connection; later calls on the repositories fail with a {@link StoreException}. Idempotent. */
    @Override
    public void close() {
        transactions.close();
    }
}
