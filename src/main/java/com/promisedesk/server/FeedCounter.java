package com.promisedesk.server;

import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Stamps rows written in a transaction with the next feed seqs, as its last step. The
 * counter row's lock is held from here to the commit, so transactions commit in seq
 * order: a pull that saw seq n can never later find a new row below n. Taken last, it
 * is held for a moment only, and never while waiting for another lock.
 */
final class FeedCounter {

    /** A row to stamp: {@code UPDATE table SET seq = ? WHERE keyColumn = key}. */
    record Row(String table, String keyColumn, String key) {
    }

    private FeedCounter() {
    }

    static void stamp(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement bump = connection.prepareStatement(
                "UPDATE sync_counter SET value = value + ? WHERE name = 'feed'")) {
            bump.setLong(1, rows.size());
            bump.executeUpdate();
        }
        long last;
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM sync_counter WHERE name = 'feed'");
             ResultSet result = select.executeQuery()) {
            result.next();
            last = result.getLong(1);
        }
        long seq = last - rows.size();
        // One statement per table, its rows sent as one batch: a push of 100 changes stamps 100 rows.
        try (Statements updates = new Statements(connection)) {
            for (Row row : rows) {
                PreparedStatement update = updates.get("UPDATE " + row.table() + " SET seq = ? WHERE "
                        + row.keyColumn() + " = ?");
                Statements.bind(update, ++seq, row.key()).addBatch();
            }
            for (PreparedStatement update : updates.all()) {
                update.executeBatch();
            }
        }
    }
}
