package com.promisedesk.sync;

import com.promisedesk.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * What SQLite alone needs for the rows of benchmark (b), as a floor for
 * {@link PullApplyBenchmark}: the same 100,000 promises of about seven rows each (two
 * lines, a term, an expectation and its link, the server version), in transactions of
 * 2,000, on the local store's real tables, but generated inside SQLite with
 * {@code INSERT … SELECT} over a counter, so no row crosses from Java and nothing is
 * parsed (docs/benchmarks.md). Not a test: after {@code test-compile},
 * {@code java -cp ... com.promisedesk.sync.SqliteFloorBenchmark}.
 */
public final class SqliteFloorBenchmark {

    private static final int PROMISES = 100_000;
    private static final int PAGE = 2_000;

    private SqliteFloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("promisedesk-floorbench");
        Path file;
        try (LocalStore store = LocalStore.open(dir)) {
            file = store.file();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setCacheSize(-32_000);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            for (int from = 1; from <= PROMISES; from += PAGE) {
                connection.setAutoCommit(false);
                String keys = "WITH RECURSIVE n(k) AS (SELECT " + from + " UNION ALL SELECT k + 1 FROM n WHERE k < "
                        + (from + PAGE - 1) + ") ";
                statement.executeUpdate(keys + "INSERT INTO promise (key, id, customer_name, customer_region,"
                        + " customer_contact, title, start_date, status, version, updated_at) SELECT k, lower(hex(randomblob(16))),"
                        + " 'Customer ' || k, 'DACH', 'Jana Roth', 'Deal ' || k, '2026-12-01', 'DRAFT', 1,"
                        + " '2026-11-25T10:00:00.000000Z' FROM n");
                statement.executeUpdate(keys + "INSERT INTO commitment_line SELECT k, 0, 'ONB-STD', NULL, 2,"
                        + " '2027-01-15', NULL FROM n");
                statement.executeUpdate(keys + "INSERT INTO commitment_line SELECT k, 1, NULL, 'Custom export', 1,"
                        + " NULL, NULL FROM n");
                statement.executeUpdate(keys + "INSERT INTO line_term SELECT k, 0, 'seats', '40' FROM n");
                statement.executeUpdate(keys + "INSERT INTO expectation SELECT k, 0, 'Live before the holidays',"
                        + " 'CONFIRMED', NULL FROM n");
                statement.executeUpdate(keys + "INSERT INTO expectation_line SELECT k, 0, 0, 1 FROM n");
                statement.executeUpdate(keys + "INSERT INTO promise_sync SELECT k, 1, '2026-11-25T10:00:00.000000Z'"
                        + " FROM n");
                connection.commit();
                connection.setAutoCommit(true);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("SQLite alone: %d promises (about 7 rows each) in %d ms = %.0f promises/s%n", PROMISES,
                    millis, PROMISES * 1000.0 / millis);
        }
    }
}
