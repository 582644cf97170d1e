package com.promisedesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the floor for Today's benchmark (docs/benchmarks.md, "Today"). SQLite alone, on its
 * own connection to the same store file, reads the rows Today reads (the agreed promises and their
 * parts, their milestones and delivery marks, the days promises were agreed), every column of
 * every row as text, and makes nothing of them. Timed side by side with Today, it says how much of
 * Today's time the machine's load and the store's reading cost before any of the app's work.
 */
public final class TodayReadFloor implements AutoCloseable {

    private static final String AGREED = "(SELECT key FROM promise WHERE status IN ('AGREED', 'IN_DELIVERY'))";
    private static final String AGREED_IDS = "(SELECT id FROM promise WHERE status IN ('AGREED', 'IN_DELIVERY'))";
    private static final List<String> READS = List.of(
            "SELECT * FROM promise WHERE status IN ('AGREED', 'IN_DELIVERY') ORDER BY key",
            "SELECT * FROM line_term WHERE promise_key IN " + AGREED,
            "SELECT * FROM commitment_line WHERE promise_key IN " + AGREED + " ORDER BY promise_key, position",
            "SELECT * FROM expectation_line WHERE promise_key IN " + AGREED,
            "SELECT * FROM expectation WHERE promise_key IN " + AGREED,
            "SELECT * FROM responsibility_line WHERE promise_key IN " + AGREED,
            "SELECT * FROM responsibility WHERE promise_key IN " + AGREED + " ORDER BY promise_key, position",
            "SELECT * FROM extra WHERE promise_key IN " + AGREED,
            "SELECT * FROM milestone WHERE promise_id IN " + AGREED_IDS + " ORDER BY promise_id, position",
            "SELECT * FROM delivery_mark WHERE promise_id IN " + AGREED_IDS + " ORDER BY recorded_at, change_id",
            "SELECT id, customer_name, title, agreed_on FROM promise WHERE agreed_on IS NOT NULL ORDER BY key");

    private final Connection connection;

    public TodayReadFloor(Path dataDir) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(LocalStore.FILE_NAME));
    }

    /** Reads the rows once; the milliseconds it took, and how many values it read. */
    public long[] readOnce() throws SQLException {
        long start = System.nanoTime();
        long values = 0;
        try (Statement statement = connection.createStatement()) {
            for (String sql : READS) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            values += rows.getString(c) == null ? 0 : 1;
                        }
                    }
                }
            }
        }
        return new long[] {TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), values};
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
